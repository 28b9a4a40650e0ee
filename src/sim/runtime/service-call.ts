// Http, connector and child-flow calls: retries and timeout, then the HTTP-shaped outcome.
import { toText, type Value } from '../../expr';
import type { ServiceResponse } from '../contracts';
import { parseDuration } from './duration';
import { ActionFailure } from './errors';
import { asValue, statusName } from './plain';
import { retryPolicyOf, withRetries } from './retry';
import type { ActionCall, ActionOutcome } from './state';

/** `{ statusCode, headers, body }`; a status of 400 or more fails the action with the body's error, if any. */
export function responseOutcome(response: ServiceResponse, retries: number): ActionOutcome {
  const outputs = asValue({ statusCode: response.statusCode, headers: response.headers ?? {}, body: response.body ?? null });
  if (response.statusCode < 400) return { outputs, retries };
  const body = response.body as { error?: { code?: unknown; message?: unknown } } | null | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : statusName(response.statusCode);
  const message =
    typeof body?.error?.message === 'string'
      ? body.error.message
      : `The request failed with status code ${response.statusCode} (${statusName(response.statusCode)}).`;
  return { status: 'Failed', outputs, retries, error: { code, message } };
}

/** Sends with the action's retry policy and `limit.timeout`. */
export async function callService(call: ActionCall, send: () => Promise<ServiceResponse>): Promise<ActionOutcome> {
  const policy = retryPolicyOf(call.json.inputs?.retryPolicy);
  const timeout = call.json.limit?.timeout;
  const timeoutMs = timeout === undefined ? undefined : parseDuration(timeout);
  if (timeout !== undefined && timeoutMs === undefined) {
    throw new ActionFailure('InvalidTemplate', `The action's limit.timeout '${String(timeout)}' is not an ISO 8601 duration.`);
  }
  const { services } = call.run;
  const { response, retries } = await withRetries(policy, send, {
    clock: services.clock,
    random: services.random,
    action: call.name,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  return responseOutcome(response, retries);
}

export const headersOf = (value: Value | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) out[k] = toText(v);
  }
  return out;
};
