// Retry policies: every call to a service says how it retries (429 and 5xx; a 412 or 400 is never retried).
import type { RetryPolicy } from '../../src/dsl';

/** Partner Center: throttling (429, Retry-After) and 503 are absorbed over about ten minutes. */
export const partnerCenterRetry: RetryPolicy = {
  type: 'exponential',
  count: 6,
  interval: 'PT20S',
  minimumInterval: 'PT10S',
  maximumInterval: 'PT5M',
};

/** Dataverse: service protection limits (429) and transient 5xx. */
export const dataverseRetry: RetryPolicy = {
  type: 'exponential',
  count: 4,
  interval: 'PT10S',
  minimumInterval: 'PT5S',
  maximumInterval: 'PT2M',
};

/** Child flows: the child retries its own calls; running it again would repeat work it already did. */
export const childFlowRetry: RetryPolicy = { type: 'none' };

export const pc = { retryPolicy: partnerCenterRetry };
export const dv = { retryPolicy: dataverseRetry };
export const child = { retryPolicy: childFlowRetry };
