// PATCH /referrals/{id}: JSON Patch replace/add only, on the patchable paths; If-Match concurrency (412);
// Prefer: return=representation; eTag, updatedDateTime and lastModifiedVia on every write; the documented
// status/substatus transitions, and Closed as a terminal state.
import { describe, expect, it } from 'vitest';
import { call, create, manualClock, newReferral, REFERRALS, startDouble } from './helpers';

const patch = (pc: any, id: string, body: unknown, headers: Record<string, string> = {}) =>
  call(pc, 'PATCH', `${REFERRALS}/${id}`, { body, headers });
const replace = (path: string, value: unknown) => ({ op: 'replace', path, value });

describe('PATCH /referrals/{id}', () => {
  it('applies replace and add, answers 204 and bumps eTag, updatedDateTime and lastModifiedVia', async () => {
    const clock = manualClock();
    const pc = await startDouble({ clock });
    const made = pc.createReferral(newReferral());
    expect(made.lastModifiedVia).toBe('PartnerCenter');
    clock.advance(5_000);
    const r = await patch(pc, made.id, [
      replace('/details/dealValue', '10000'),
      replace('/externalReferenceId', 'opp-1'),
      { op: 'add', path: '/team/-', value: { firstName: 'Jane', email: 'jane@contoso.com' } },
    ]);
    expect([r.statusCode, r.body]).toEqual([204, undefined]);
    const now = pc.referral(made.id);
    expect(now.details.dealValue).toBe(10000);
    expect(now.externalReferenceId).toBe('opp-1');
    expect(now.team).toEqual([{ firstName: 'Jane', email: 'jane@contoso.com' }]);
    expect(now.eTag).not.toBe(made.eTag);
    expect(r.headers.etag).toBe(now.eTag);
    expect(now.updatedDateTime).toBe('2026-03-02T09:00:05.000Z');
    expect(now.lastModifiedVia).toBe('API');
    expect(pc.history.at(-1)).toMatchObject({ kind: 'updated', via: 'API', identity: 'sync@contoso.com' });
  });

  it('returns the updated referral with Prefer: return=representation', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    const r = await patch(pc, made.id, [replace('/details/notes', 'n')], { Prefer: 'return=representation' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toEqual(pc.referral(made.id));
  });

  it('rejects every operation but replace and add, unknown paths and mistyped values with 400', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    for (const op of ['remove', 'move', 'copy', 'test']) {
      const r = await patch(pc, made.id, [{ op, path: '/details/notes', value: 'x', from: '/name' }]);
      expect(r.statusCode).toBe(400);
      expect((r.body as any).error).toMatchObject({ code: 'invalidRequest', target: 'op' });
    }
    for (const body of [
      [replace('/customerProfile/name', 'Other')],
      [replace('/eTag', 'x')],
      [replace('/details/dealValue', 'lots')],
      [replace('/team/-', {})],
      [],
      { op: 'replace', path: '/details/notes', value: 'not an array' },
    ]) {
      expect((await patch(pc, made.id, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(pc.referral(made.id)).toEqual(made);
  });

  it('answers 412 preconditionFailed when If-Match is not the current eTag, and applies it when it is', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    expect((await patch(pc, made.id, [replace('/details/notes', 'first')], { 'If-Match': made.eTag })).statusCode).toBe(
      204,
    );
    const stale = await patch(pc, made.id, [replace('/details/notes', 'second')], { 'If-Match': made.eTag });
    expect(stale.statusCode).toBe(412);
    expect((stale.body as any).error.code).toBe('preconditionFailed');
    expect(pc.referral(made.id).details.notes).toBe('first');
    expect((await patch(pc, made.id, [replace('/details/notes', 'third')])).statusCode).toBe(204);
  });

  it('answers 404 for an unknown id', async () => {
    const pc = await startDouble();
    const r = await patch(pc, '4111fffc-f9ee-4d53-bba6-569135228642', [replace('/details/notes', 'x')]);
    expect([r.statusCode, (r.body as any).error.code]).toEqual([404, 'itemNotFound']);
  });

  it('enforces the status/substatus transitions', async () => {
    const pc = await startDouble();
    const { partner } = pc.microsoft.createReferral({ customerProfile: newReferral().customerProfile });
    const status = (s: string, sub: string) => [replace('/status', s), replace('/substatus', sub)];
    const invalid = [
      status('Active', 'Pending'),
      status('New', 'Accepted'),
      status('Closed', 'Accepted'),
      [replace('/status', 'Active')],
      status('Open', 'Pending'),
    ];
    for (const body of invalid) {
      const r = await patch(pc, partner.id, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await patch(pc, partner.id, status('New', 'Received'))).statusCode).toBe(204);
    expect((await patch(pc, partner.id, status('Active', 'Accepted'))).statusCode).toBe(204);
    expect(pc.referral(partner.id).acceptedDateTime).toBe('2026-03-02T09:00:00.000Z');
    const back = await patch(pc, partner.id, status('New', 'Pending'));
    expect(back.statusCode).toBe(400);
    expect((back.body as any).error.message).toBe("The status cannot change from 'Active' to 'New'.");
    expect((await patch(pc, partner.id, status('Closed', 'Won'))).statusCode).toBe(204);
    expect(pc.referral(partner.id)).toMatchObject({
      status: 'Closed',
      substatus: 'Won',
      closedDateTime: '2026-03-02T09:00:00.000Z',
    });
  });

  it('lets a New referral be declined, and treats Closed as final', async () => {
    const pc = await startDouble();
    const { partner } = pc.microsoft.createReferral({ customerProfile: newReferral().customerProfile });
    expect(
      (await patch(pc, partner.id, [replace('/status', 'Closed'), replace('/substatus', 'Declined')])).statusCode,
    ).toBe(204);
    for (const body of [
      [replace('/details/notes', 'late')],
      [replace('/substatus', 'Won')],
      [replace('/status', 'Active'), replace('/substatus', 'Accepted')],
    ]) {
      const r = await patch(pc, partner.id, body);
      expect(r.statusCode).toBe(400);
      expect((r.body as any).error.message).toMatch(/terminal state/);
    }
  });

  it('does not let sharing with Microsoft sellers be reverted', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    const path = '/consent/consentToShareReferralWithMicrosoftSellers';
    expect((await patch(pc, made.id, [replace(path, true)])).statusCode).toBe(204);
    expect((await patch(pc, made.id, [replace(path, false)])).statusCode).toBe(400);
  });
});
