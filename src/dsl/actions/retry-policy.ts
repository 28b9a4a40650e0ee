import type { Json } from '../value';
import { isDuration } from './duration';

/** `inputs.retryPolicy` of Http, connector and child-flow actions. */
export type RetryPolicy =
  | { type: 'none' }
  | { type: 'default' }
  | { type: 'fixed'; count: number; interval: string }
  | { type: 'exponential'; count: number; interval: string; minimumInterval?: string; maximumInterval?: string };

export function validateRetryPolicy(p: RetryPolicy | undefined): string[] {
  if (!p || p.type === 'none' || p.type === 'default') return [];
  const problems: string[] = [];
  if (!Number.isInteger(p.count) || p.count < 1 || p.count > 90) problems.push(`retryPolicy.count must be 1-90, not ${p.count}`);
  const intervals = [p.interval, ...(p.type === 'exponential' ? [p.minimumInterval, p.maximumInterval] : [])];
  for (const i of intervals) {
    if (i !== undefined && !isDuration(i)) problems.push(`retryPolicy interval '${i}' is not an ISO 8601 duration`);
  }
  return problems;
}

export const retryPolicyJson = (p: RetryPolicy | undefined): Json | undefined => (p ? { ...p } : undefined);
