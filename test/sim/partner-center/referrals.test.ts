// The Referrals API of the double: create with the required fields and the ISO country check, the states it
// assigns, get by id (404), and the list with $filter, $orderby, $top/$skip and followable nextLink paging.
import { describe, expect, it } from 'vitest';
import { call, create, manualClock, newReferral, REFERRALS, startDouble } from './helpers';

describe('POST /referrals', () => {
  it('assigns id, engagementId, eTag and dates; an outgoing referral starts Active/Accepted', async () => {
    const pc = await startDouble();
    const r = await call(pc, 'POST', REFERRALS, { body: { ...newReferral(), id: 'ignored', status: undefined } });
    expect(r.statusCode).toBe(200);
    const body = r.body as Record<string, any>;
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.id).not.toBe('ignored');
    expect(body.engagementId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.eTag).toMatch(/^"[0-9a-f]{8}-0000-0000-0000-[0-9a-f]{12}"$/);
    expect(r.headers.etag).toBe(body.eTag);
    expect(body).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      direction: 'Outgoing',
      createdDateTime: '2026-03-02T09:00:00.000Z',
      updatedDateTime: '2026-03-02T09:00:00.000Z',
      acceptedDateTime: '2026-03-02T09:00:00.000Z',
      externalReferenceId: null,
      lastModifiedVia: 'API',
      trackingInfo: { microsoftMsxId: null },
    });
    expect(body.links.self.uri).toBe(`${REFERRALS}/${body.id}`);
    expect(pc.referral(body.id)).toEqual(body);
  });

  it('derives the same ids from the same seed', async () => {
    const a = await create(await startDouble({ seed: 's1' }));
    const b = await create(await startDouble({ seed: 's1' }));
    const c = await create(await startDouble({ seed: 's2' }));
    expect([a.id, a.eTag]).toEqual([b.id, b.eTag]);
    expect(c.id).not.toBe(a.id);
  });

  it('answers 400 with the error body when a required field is missing', async () => {
    const pc = await startDouble();
    for (const field of ['type', 'customerProfile', 'consent', 'details']) {
      const body: Record<string, unknown> = newReferral();
      delete body[field];
      const r = await call(pc, 'POST', REFERRALS, { body });
      expect(r.statusCode).toBe(400);
      expect(r.body).toEqual({
        error: {
          code: 'invalidRequest',
          message: `The following required fields are missing: ${field}.`,
          target: field,
        },
      });
    }
    expect(pc.referrals()).toEqual([]);
  });

  it('rejects a country that is not an ISO 3166 two-letter code', async () => {
    const pc = await startDouble();
    for (const country of ['USA', 'us', 'XX', undefined]) {
      const body = newReferral();
      body.customerProfile.address.country = country as string;
      const r = await call(pc, 'POST', REFERRALS, { body });
      expect(r.statusCode).toBe(400);
      expect((r.body as any).error).toMatchObject({
        code: 'invalidRequest',
        target: 'customerProfile.address.country',
      });
    }
    expect((await call(pc, 'POST', REFERRALS, { body: newReferral() })).statusCode).toBe(200);
  });

  it('rejects an unknown type and an invalid status/substatus pair', async () => {
    const pc = await startDouble();
    expect((await call(pc, 'POST', REFERRALS, { body: newReferral({ type: 'Private' }) })).statusCode).toBe(400);
    const r = await call(pc, 'POST', REFERRALS, { body: newReferral({ status: 'Active', substatus: 'Won' }) });
    expect((r.body as any).error.target).toBe('substatus');
  });

  it("creates Microsoft's side of a co-sell in the same engagement, New/Pending; unknown engagements are rejected", async () => {
    const pc = await startDouble();
    const mine = await create(pc);
    const target = [{ type: 'BusinessProfileLocation', id: 'msft' }];
    const msft = await create(pc, { engagementId: mine.engagementId, target, status: 'Active', substatus: 'Accepted' });
    expect(msft).toMatchObject({
      engagementId: mine.engagementId,
      status: 'New',
      substatus: 'Pending',
      organizationId: 'msft',
    });
    expect(msft.expirationDateTime).toBe('2026-03-16T09:00:00.000Z');
    const bad = await call(pc, 'POST', REFERRALS, {
      body: newReferral({ engagementId: '00000000-0000-0000-0000-000000000001', target }),
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.body as any).error.target).toBe('engagementId');
  });
});

describe('GET /referrals/{id}', () => {
  it('returns the referral with its ETag, and 404 with itemNotFound for an unknown id', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    const got = await call(pc, 'GET', `${REFERRALS}/${made.id}`);
    expect([got.statusCode, got.headers.etag]).toEqual([200, made.eTag]);
    expect(got.body).toEqual(made);
    const missing = await call(pc, 'GET', `${REFERRALS}/4111fffc-f9ee-4d53-bba6-569135228642`);
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toEqual({
      error: {
        code: 'itemNotFound',
        message: "Referral with id '4111fffc-f9ee-4d53-bba6-569135228642' was not found.",
        target: 'referral',
      },
    });
  });

  it('requires a bearer token (401) and, when users are listed, one of them (403)', async () => {
    const pc = await startDouble({ users: ['sync@contoso.com'] });
    expect((await call(pc, 'GET', REFERRALS, { identity: null })).statusCode).toBe(401);
    const denied = await call(pc, 'GET', REFERRALS, { identity: 'intruder@contoso.com' });
    expect([denied.statusCode, (denied.body as any).error.code]).toEqual([403, 'accessDenied']);
    expect((await call(pc, 'GET', REFERRALS)).statusCode).toBe(200);
  });
});

describe('GET /referrals', () => {
  async function seeded() {
    const clock = manualClock();
    const pc = await startDouble({ pageSize: 2, clock });
    const made = [];
    for (const [i, country, type] of [
      [0, 'US', 'Shared'],
      [1, 'DE', 'Independent'],
      [2, 'US', 'Independent'],
      [3, 'FR', 'Shared'],
      [4, 'US', 'Shared'],
    ] as const) {
      const body = newReferral({ type, name: `R${i}` });
      body.customerProfile.address.country = country;
      made.push(pc.createReferral(body));
      clock.advance(60_000);
    }
    return { pc, made };
  }
  const names = (body: any) => body.value.map((r: any) => r.name);
  const list = async (pc: any, query: string) => {
    const r = await call(pc, 'GET', `${REFERRALS}?${query}`);
    expect(r.statusCode, JSON.stringify(r.body)).toBe(200);
    return r.body as any;
  };

  it('pages by the server page size; each @odata.nextLink is followable and the last page has none', async () => {
    const { pc } = await seeded();
    const seen: string[] = [];
    let page = await list(pc, '$orderby=createdDateTime');
    for (;;) {
      seen.push(...names(page));
      expect(page['@odata.count']).toBe(page.value.length);
      if (!page['@odata.nextLink']) break;
      expect(page['@odata.nextLink']).toMatch(
        /^https:\/\/api\.partner\.microsoft\.com\/v1\.0\/engagements\/referrals\?\$skiptoken=/,
      );
      page = (await call(pc, 'GET', page['@odata.nextLink'])).body;
    }
    expect(seen).toEqual(['R0', 'R1', 'R2', 'R3', 'R4']);
  });

  it('applies $top and $skip across pages, $orderby desc, and $count', async () => {
    const { pc } = await seeded();
    const first = await list(pc, '$orderby=createdDateTime desc&$skip=1&$top=3&$count=true');
    expect(names(first)).toEqual(['R3', 'R2']);
    expect(first['@odata.count']).toBe(5);
    const next = (await call(pc, 'GET', first['@odata.nextLink'])).body as any;
    expect(names(next)).toEqual(['R1']);
    expect(next['@odata.nextLink']).toBeUndefined();
    expect((await call(pc, 'GET', `${REFERRALS}?$top=-1`)).statusCode).toBe(400);
  });

  it('filters with eq, and, or, not, parentheses, nested paths and any()', async () => {
    const { pc, made } = await seeded();
    expect(names(await list(pc, "$filter=type eq 'Independent'&$top=10"))).toEqual(['R1', 'R2']);
    expect(names(await list(pc, "$filter=customerProfile/address/country eq 'US' and type eq 'Shared'"))).toEqual([
      'R0',
      'R4',
    ]);
    expect(
      names(
        await list(pc, "$filter=(customerProfile/address/country eq 'DE' or customerProfile/address/country eq 'FR')"),
      ),
    ).toEqual(['R1', 'R3']);
    expect(names(await list(pc, "$filter=not (type eq 'Shared') and status eq 'Active'"))).toEqual(['R1', 'R2']);
    expect(names(await list(pc, `$filter=engagementId eq '${made[2]!.engagementId}'`))).toEqual(['R2']);
    expect(
      names(await list(pc, "$filter=customerProfile/team/any(t:t/email eq 'sue@fabrikam.com') and name eq 'R3'")),
    ).toEqual(['R3']);
    expect(names(await list(pc, '$filter=updatedDateTime ge 2026-03-02T09:03:00Z'))).toEqual(['R3', 'R4']);
  });

  it('rejects an unknown property, an unsupported operator and a syntax error with 400', async () => {
    const { pc } = await seeded();
    for (const filter of [
      "colour eq 'red'",
      "status like 'A'",
      "status eq 'Active' and",
      "customerProfile.address.country eq 'US'",
    ]) {
      const r = await call(pc, 'GET', `${REFERRALS}?$filter=${encodeURIComponent(filter)}`);
      expect(r.statusCode, filter).toBe(400);
      expect((r.body as any).error.target).toBe('$filter');
    }
  });

  it('lists related referrals through links.relatedReferrals', async () => {
    const pc = await startDouble();
    const { partner } = pc.microsoft.createReferral({ customerProfile: newReferral().customerProfile });
    await create(pc);
    const related = (await call(pc, 'GET', partner.links.relatedReferrals.uri)).body as any;
    expect(related.value.map((r: any) => [r.direction, r.status, r.organizationId])).toEqual([
      ['Outgoing', 'Active', 'msft'],
      ['Incoming', 'New', pc.partner.organizationId],
    ]);
  });
});
