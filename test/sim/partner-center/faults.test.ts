// Fault injection: the next N matching calls fail with the given status and Retry-After, then calls succeed.
import { describe, expect, it } from 'vitest';
import { call, create, REFERRALS, REGISTRATION, startDouble } from './helpers';

describe('fault injection', () => {
  it('throttles the next calls with 429, the documented body and Retry-After, then recovers', async () => {
    const pc = await startDouble();
    pc.fault({ status: 429, count: 2, retryAfter: 57 });
    for (let i = 0; i < 2; i++) {
      const r = await call(pc, 'GET', REFERRALS);
      expect(r.statusCode).toBe(429);
      expect(r.headers['retry-after']).toBe('57');
      expect(r.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' });
    }
    expect((await call(pc, 'GET', REFERRALS)).statusCode).toBe(200);
    expect(pc.faultsRemaining).toBe(0);
  });

  it('fails only matching calls, with the REST error envelope for 503, and leaves state unchanged', async () => {
    const pc = await startDouble();
    const made = await create(pc);
    pc.fault({ status: 503, method: 'PATCH', retryAfter: 5 });
    expect((await call(pc, 'GET', `${REFERRALS}/${made.id}`)).statusCode).toBe(200);
    expect((await call(pc, 'GET', REGISTRATION)).statusCode).toBe(404);
    const r = await call(pc, 'PATCH', `${REFERRALS}/${made.id}`, {
      body: [{ op: 'replace', path: '/details/notes', value: 'x' }],
    });
    expect([r.statusCode, r.headers['retry-after'], (r.body as any).error.code]).toEqual([
      503,
      '5',
      'serviceNotAvailable',
    ]);
    expect(pc.referral(made.id)).toEqual(made);
    expect(pc.requests.map((q) => [q.method, q.statusCode])).toEqual([
      ['POST', 200],
      ['GET', 200],
      ['GET', 404],
      ['PATCH', 503],
    ]);
  });
});
