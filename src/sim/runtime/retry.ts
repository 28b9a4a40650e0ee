// Retry policies of Http, connector and child-flow actions, on the simulated clock.
//
// Per the Logic Apps docs ("Handle errors and exceptions", retry policies): requests that end in
// 408, 429 or 5xx (and connection failures) are resent. `default` is an exponential policy of
// 4 retries whose intervals scale by 7.5 s, capped between 5 s and 45 s. `exponential` waits,
// before retry n, a random interval from [max(interval * 2^(n-2), minimumInterval),
// min(interval * 2^(n-1), maximumInterval)] (retry 1 from [minimumInterval, interval]), never
// beyond maximumInterval. `fixed` waits `interval`; `none` does not retry. A `Retry-After`
// header (seconds or an HTTP date) replaces the policy's wait for that retry. Jitter comes from
// the simulator's seeded random, so runs repeat exactly.
import { isObject } from '../../compile/definition';
import type { Clock, ServiceResponse } from '../contracts';
import { parseDuration } from './duration';
import { ActionFailure } from './errors';

export interface RetryPolicy {
  type: 'none' | 'fixed' | 'exponential';
  count: number;
  intervalMs: number;
  minimumMs: number;
  maximumMs: number;
}

const SECOND = 1000;
export const DEFAULT_POLICY: RetryPolicy = { type: 'exponential', count: 4, intervalMs: 7.5 * SECOND, minimumMs: 5 * SECOND, maximumMs: 45 * SECOND };

function duration(value: unknown, field: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const ms = parseDuration(value);
  if (ms === undefined) throw new ActionFailure('InvalidRetryPolicy', `The retry policy's '${field}' '${String(value)}' is not an ISO 8601 duration.`);
  return ms;
}

/** The policy of an action's `inputs.retryPolicy` (absent means `default`). */
export function retryPolicyOf(json: unknown): RetryPolicy {
  if (json === undefined || json === null) return DEFAULT_POLICY;
  if (!isObject(json)) throw new ActionFailure('InvalidRetryPolicy', 'The retry policy must be an object.');
  const type = String(json.type ?? 'default').toLowerCase();
  if (type === 'default') return DEFAULT_POLICY;
  if (type === 'none') return { ...DEFAULT_POLICY, type: 'none', count: 0 };
  if (type !== 'fixed' && type !== 'exponential') throw new ActionFailure('InvalidRetryPolicy', `The retry policy type '${json.type}' is not one of default, none, fixed, exponential.`);
  const count = Number(json.count);
  if (!Number.isInteger(count) || count < 1 || count > 90) throw new ActionFailure('InvalidRetryPolicy', `The retry policy's count must be 1-90, not '${json.count}'.`);
  const intervalMs = duration(json.interval, 'interval');
  if (type === 'fixed') return { type, count, intervalMs, minimumMs: intervalMs, maximumMs: intervalMs };
  return { type, count, intervalMs, minimumMs: duration(json.minimumInterval, 'minimumInterval', 5 * SECOND), maximumMs: duration(json.maximumInterval, 'maximumInterval', 86_400 * SECOND) };
}

export const isRetryable = (statusCode: number) => statusCode === 408 || statusCode === 429 || statusCode >= 500;

/** The policy's wait before retry `n` (1-based). */
export function policyDelay(policy: RetryPolicy, n: number, random: () => number): number {
  if (policy.type === 'fixed') return policy.intervalMs;
  const low = Math.min(Math.max(n === 1 ? 0 : policy.intervalMs * 2 ** (n - 2), policy.minimumMs), policy.maximumMs);
  const high = Math.max(low, Math.min(policy.intervalMs * 2 ** (n - 1), policy.maximumMs));
  return Math.round(low + (high - low) * random());
}

/** A `Retry-After` header's wait, in ms. */
export function retryAfterMs(headers: Record<string, string> | undefined, now: Date): number | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after');
  const value = key === undefined ? undefined : String(headers[key]).trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * SECOND);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

export interface RetryOptions {
  clock: Clock;
  random: () => number;
  /** The action's `limit.timeout`, measured from the first request. */
  timeoutMs?: number;
  action: string;
}

/** Sends, and resends per the policy; returns the last response and the number of retries. */
export async function withRetries(
  policy: RetryPolicy,
  send: () => Promise<ServiceResponse>,
  { clock, random, timeoutMs, action }: RetryOptions,
): Promise<{ response: ServiceResponse; retries: number }> {
  const started = clock.now().getTime();
  const give = (failure: ActionFailure, retries: number) => Object.assign(failure, { retries });
  const timedOut = (retries: number) =>
    give(new ActionFailure('ActionTimedOut', `The execution of template action '${action}' exceeded its timeout limit.`, undefined, 'TimedOut'), retries);
  for (let retries = 0; ; retries++) {
    let response: ServiceResponse | undefined;
    let failure: unknown;
    try {
      response = await send();
    } catch (e) {
      failure = e;
    }
    if (timeoutMs !== undefined && clock.now().getTime() - started > timeoutMs) throw timedOut(retries);
    const retryable = response ? isRetryable(response.statusCode) : !(failure instanceof ActionFailure);
    if (!retryable || retries >= policy.count) {
      if (response) return { response, retries };
      if (failure instanceof ActionFailure) throw give(failure, retries);
      const detail = failure instanceof Error ? failure.message : String(failure);
      throw give(new ActionFailure('ConnectionFailed', `The request of action '${action}' failed: ${detail}`), retries);
    }
    const wait = (response && retryAfterMs(response.headers, clock.now())) ?? policyDelay(policy, retries + 1, random);
    if (timeoutMs !== undefined && clock.now().getTime() + wait - started > timeoutMs) throw timedOut(retries);
    clock.advance(wait);
  }
}
