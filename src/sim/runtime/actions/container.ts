// The outcome of a container from the outcome of the actions it ran.
import type { RunRecord as ExprRecord } from '../../../expr';
import { ACTION_FAILED } from '../errors';
import type { ActionOutcome, ScopeOutcome } from '../state';

export function containerOutcome(status: ScopeOutcome['status'], results: ExprRecord[], extra: ActionOutcome = {}): ActionOutcome {
  return { ...extra, status, results, ...(status === 'Failed' ? { error: ACTION_FAILED } : {}) };
}
