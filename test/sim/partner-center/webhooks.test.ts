// Webhooks: the registration API (one registration, so one URL per event), events raised by changes and
// queued until the scenario flushes them, signed deliveries by real HTTP POST, 10 attempts, offline queue.
import { createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signingKeys } from '../../../src/sim/partner-center';
import { call, create, newReferral, REFERRALS, REGISTRATION, startDouble, startReceiver } from './helpers';

const EVENTS = ['referral-created', 'referral-updated', 'related-referral-created', 'related-referral-updated'];
const body = (url: string, events = EVENTS) => ({
  WebhookUrl: url,
  WebhookEvents: events,
  SignatureTokenToMsSignatureHeader: true,
});

describe('webhook registration', () => {
  it('registers with POST, views with GET, answers 409 to a second POST and replaces with PUT', async () => {
    const pc = await startDouble();
    expect((await call(pc, 'GET', REGISTRATION)).statusCode).toBe(404);
    expect((await call(pc, 'PUT', REGISTRATION, { body: body('https://a.example/hook') })).statusCode).toBe(404);
    const posted = await call(pc, 'POST', REGISTRATION, { body: body('https://a.example/hook') });
    expect(posted.statusCode).toBe(200);
    expect(posted.body).toEqual({ SubscriberId: pc.partner.tenantId, ...body('https://a.example/hook') });
    const again = await call(pc, 'POST', REGISTRATION, { body: body('https://b.example/hook', ['referral-created']) });
    expect(again.statusCode).toBe(409);
    expect((again.body as any).code).toBe('conflict');
    const put = await call(pc, 'PUT', REGISTRATION, {
      body: { webhookUrl: 'https://b.example/hook', webhookEvents: ['referral-updated'] },
    });
    expect(put.statusCode).toBe(200);
    expect((await call(pc, 'GET', REGISTRATION)).body).toEqual({
      SubscriberId: pc.partner.tenantId,
      WebhookUrl: 'https://b.example/hook',
      WebhookEvents: ['referral-updated'],
      SignatureTokenToMsSignatureHeader: false,
    });
  });

  it('rejects unknown events, a relative URL and the wrong host', async () => {
    const pc = await startDouble();
    expect(
      (await call(pc, 'POST', REGISTRATION, { body: body('https://a.example', ['referral-deleted']) })).statusCode,
    ).toBe(400);
    expect((await call(pc, 'POST', REGISTRATION, { body: body('/hook') })).statusCode).toBe(400);
    const wrongHost = 'https://api.partner.microsoft.com/webhooks/v1/registration';
    expect((await call(pc, 'GET', wrongHost)).statusCode).toBe(404);
    expect((await call(pc, 'GET', `${REGISTRATION}/events`)).body).toContain('related-referral-updated');
  });
});

describe('webhook deliveries', () => {
  it('queues events for the registered ones only and delivers them when flushed, with the documented payload', async () => {
    const pc = await startDouble();
    const receiver = await startReceiver();
    pc.register(receiver.url, ['referral-created', 'referral-updated']);
    const made = await create(pc);
    await call(pc, 'PATCH', `${REFERRALS}/${made.id}`, {
      body: [{ op: 'replace', path: '/details/notes', value: 'x' }],
    });
    expect(receiver.received).toEqual([]);
    expect(pc.pendingEvents.map((e) => e.EventName)).toEqual(['referral-created', 'referral-updated']);
    const deliveries = await pc.deliverPending();
    expect(deliveries.map((d) => [d.delivered, d.attempts.length])).toEqual([
      [true, 1],
      [true, 1],
    ]);
    expect(pc.pendingEvents).toEqual([]);
    expect(receiver.received[0]!.body).toEqual({
      EventName: 'referral-created',
      ResourceUri: `https://api.partnercenter.microsoft.com/engagements/v1/referrals/${made.id}`,
      ResourceName: 'referral',
      AuditUri: null,
      ResourceChangeUtcDate: '2026-03-02T09:00:00.000Z',
    });
    expect(receiver.received[1]!.body.EventName).toBe('referral-updated'); // the echo of the sync's own PATCH
  });

  it('signs each delivery in x-ms-signature (or Authorization) with RSA-SHA256', async () => {
    const pc = await startDouble();
    const receiver = await startReceiver();
    pc.register(receiver.url, EVENTS, true);
    await create(pc);
    await pc.deliverPending();
    const { headers, text } = receiver.received[0]!;
    expect(headers['x-ms-signature-algorithm']).toBe('rsa-sha256');
    expect(headers['x-ms-certificate-url']).toMatch(/^https:\/\/.*\.cer$/);
    expect(headers.authorization).toBeUndefined();
    const signature = String(headers['x-ms-signature']).split(' ')[1]!;
    expect(createVerify('sha256').update(text, 'utf8').verify(signingKeys().publicKey, signature, 'base64')).toBe(true);
    await call(pc, 'PUT', REGISTRATION, { body: { ...body(receiver.url), SignatureTokenToMsSignatureHeader: false } });
    await pc.deliver('referral-updated', pc.referrals()[0]!.id);
    expect(String(receiver.received[1]!.headers.authorization)).toMatch(/^Signature /);
  });

  it('retries a failing receiver and stops at the first success', async () => {
    const pc = await startDouble();
    const receiver = await startReceiver(3);
    pc.register(receiver.url, EVENTS);
    await create(pc);
    const [d] = await pc.deliverPending();
    expect(d!.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 202]);
    expect(d!.delivered).toBe(true);
    expect(receiver.received).toHaveLength(4);
    expect(pc.offlineQueue).toEqual([]);
  });

  it('moves an event to the offline queue after 10 failed attempts, and after connection failures', async () => {
    const pc = await startDouble();
    const receiver = await startReceiver(100);
    pc.register(receiver.url, EVENTS);
    const made = await create(pc);
    const [d] = await pc.deliverPending();
    expect(d!.attempts).toHaveLength(10);
    expect(d!.delivered).toBe(false);
    expect(pc.offlineQueue.map((o) => o.payload.ResourceUri)).toEqual([d!.payload.ResourceUri]);
    await receiver.stop();
    const [down] = await pc.deliver('referral-updated', made.id);
    expect(down!.attempts).toHaveLength(10);
    expect(down!.attempts[0]!.error).toBeDefined();
    expect(pc.offlineQueue).toHaveLength(2);
  });

  it('delivers an event several times on demand', async () => {
    const pc = await startDouble();
    const receiver = await startReceiver();
    pc.register(receiver.url, EVENTS);
    const made = pc.createReferral(newReferral(), { silent: true });
    expect(pc.pendingEvents).toEqual([]);
    await pc.deliver('referral-created', made.id, 3);
    expect(receiver.received.map((r) => r.body.EventName)).toEqual([
      'referral-created',
      'referral-created',
      'referral-created',
    ]);
  });

  it("raises related-referral events for Microsoft's side once the partner has a referral in the engagement", async () => {
    const pc = await startDouble();
    pc.register('https://unused.example/hook', EVENTS);
    const { microsoft, partner } = pc.microsoft.createReferral({
      customerProfile: newReferral().customerProfile,
      msxId: '7-ABC',
    });
    expect(pc.pendingEvents.map((e) => [e.EventName, e.ResourceUri.split('/').at(-1)])).toEqual([
      ['referral-created', partner.id],
    ]);
    expect(partner).toMatchObject({
      direction: 'Incoming',
      status: 'New',
      substatus: 'Pending',
      trackingInfo: { microsoftMsxId: '7-ABC' },
    });
    expect(partner.inviteContext.invitedBy).toEqual({ organizationId: 'msft', organizationName: 'Microsoft' });
    pc.microsoft.update(microsoft.id, [{ op: 'replace', path: '/details/dealValue', value: 75000 }]);
    expect(pc.pendingEvents.at(-1)!.EventName).toBe('related-referral-updated');
    expect(pc.pendingEvents.at(-1)!.ResourceUri.endsWith(microsoft.id)).toBe(true);
  });
});
