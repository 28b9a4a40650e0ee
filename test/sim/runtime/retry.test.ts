// Retry policies on the simulated clock: 408/429/5xx and connection failures are retried.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, SimulatedClock, policyDelay, retryAfterMs } from '../../../src/sim/runtime';
import { action, ok, runOnce, scriptedAdapter, statuses, type Json } from './helpers';

const START = '2025-03-01T12:00:00.000Z';
const refs = { connectionReferences: { svc: { api: { name: 'shared_svc' } } } };
const call = (retryPolicy?: Json, extra: Json = {}) => ({
  Call: {
    type: 'OpenApiConnection',
    inputs: { host: { connectionName: 'svc', operationId: 'Get' }, parameters: { id: 1 }, ...(retryPolicy ? { retryPolicy } : {}) },
    runAfter: {},
    ...extra,
  },
});

async function runWith(answers: Parameters<typeof scriptedAdapter>, actions: Json = call()) {
  const clock = new SimulatedClock(START);
  const svc = scriptedAdapter(...answers);
  const { run, sim } = await runOnce(actions, {}, { clock, adapters: { shared_svc: svc.adapter } }, refs);
  const elapsed = clock.now().getTime() - Date.parse(START);
  return { run, sim, svc, elapsed };
}

describe('retries', () => {
  it('honours Retry-After on 429, advancing the simulated clock', async () => {
    const throttled = ok({ error: { code: 'TooManyRequests', message: 'slow down' } }, 429, { 'Retry-After': '30' });
    const { run, sim, svc, elapsed } = await runWith([throttled, throttled, ok({ id: 1 })]);
    const c = action(run, 'Call');
    expect(c).toMatchObject({ status: 'Succeeded', retries: 2, durationMs: 60_000, outputs: { statusCode: 200, body: { id: 1 } } });
    expect(svc.requests).toHaveLength(3);
    expect(elapsed).toBe(60_000);
    expect(c.endTime).toBe('2025-03-01T12:01:00.000Z');
    // Retries are metered as executions: trigger + Call + 2 retries.
    expect(run.actionExecutions).toBe(4);
    expect(sim.meter.snapshot()).toMatchObject({ total: 4, retries: 2 });
  });

  it('default policy: 4 exponential retries within the documented ranges, then fails with the last response', async () => {
    const { run, svc, elapsed } = await runWith([ok({ message: 'down' }, 500)]);
    expect(svc.requests).toHaveLength(5);
    const c = action(run, 'Call');
    expect(c).toMatchObject({ status: 'Failed', retries: 4, error: { code: 'InternalServerError' }, outputs: { statusCode: 500 } });
    // retry 1 in [5, 7.5] s, 2 in [7.5, 15], 3 in [15, 30], 4 in [30, 45]
    expect(elapsed).toBeGreaterThanOrEqual(57_500);
    expect(elapsed).toBeLessThanOrEqual(97_500);
  });

  it('fixed policy waits its interval; none does not retry; 400 is never retried', async () => {
    const fixed = await runWith([ok({}, 503)], call({ type: 'fixed', count: 2, interval: 'PT10S' }));
    expect(fixed.svc.requests).toHaveLength(3);
    expect(fixed.elapsed).toBe(20_000);
    const none = await runWith([ok({}, 503)], call({ type: 'none' }));
    expect(none.svc.requests).toHaveLength(1);
    expect(action(none.run, 'Call').retries).toBe(0);
    const bad = await runWith([ok({ error: { code: 'BadInput', message: 'no' } }, 400)]);
    expect(bad.svc.requests).toHaveLength(1);
    expect(action(bad.run, 'Call').error).toEqual({ code: 'BadInput', message: 'no' });
  });

  it('retries connection failures, then fails with ConnectionFailed', async () => {
    const { run, svc } = await runWith([new Error('ECONNRESET')], call({ type: 'fixed', count: 1, interval: 'PT5S' }));
    expect(svc.requests).toHaveLength(2);
    expect(action(run, 'Call')).toMatchObject({ status: 'Failed', retries: 1, error: { code: 'ConnectionFailed' } });
    expect(action(run, 'Call').error?.message).toMatch(/ECONNRESET/);
  });

  it('times out when retries would pass limit.timeout, and a catch after TimedOut runs', async () => {
    const throttled = ok({}, 429, { 'Retry-After': '20' });
    const actions = {
      Try: { type: 'Scope', actions: call(undefined, { limit: { timeout: 'PT30S' } }), runAfter: {} },
      Catch: { type: 'Compose', inputs: "@result('Try')[0]['status']", runAfter: { Try: ['Failed', 'TimedOut'] } },
    };
    const { run, elapsed } = await runWith([throttled], actions);
    expect(action(run, 'Try/Call')).toMatchObject({ status: 'TimedOut', retries: 1, error: { code: 'ActionTimedOut' } });
    expect(elapsed).toBe(20_000);
    expect(statuses(run)).toMatchObject({ Try: 'Failed', Catch: 'Succeeded' });
    expect(action(run, 'Catch').outputs).toBe('TimedOut');
    expect(run.status).toBe('Succeeded');
  });

  it('rejects an invalid policy', async () => {
    const { run } = await runWith([ok()], call({ type: 'fixed', count: 0, interval: 'PT5S' }));
    expect(action(run, 'Call').error?.code).toBe('InvalidRetryPolicy');
  });
});

describe('policy arithmetic', () => {
  it('exponential ranges grow with the retry number and stay within bounds', () => {
    expect(policyDelay(DEFAULT_POLICY, 1, () => 0)).toBe(5_000);
    expect(policyDelay(DEFAULT_POLICY, 1, () => 0.999999)).toBe(7_500);
    expect(policyDelay(DEFAULT_POLICY, 3, () => 0)).toBe(15_000);
    expect(policyDelay(DEFAULT_POLICY, 4, () => 0.999999)).toBe(45_000);
    expect(policyDelay(DEFAULT_POLICY, 9, () => 0.5)).toBe(45_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    expect(retryAfterMs({ 'retry-after': '2.5' }, now)).toBe(2_500);
    expect(retryAfterMs({ 'Retry-After': 'Sat, 01 Mar 2025 12:01:00 GMT' }, now)).toBe(60_000);
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});
