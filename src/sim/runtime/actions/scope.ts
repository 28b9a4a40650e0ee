// Scope: runs its actions; Failed when one of them fails unhandled (see plan.ts `aggregate`).
import { isObject } from '../../../compile/definition';
import type { ActionExecutor } from '../state';
import { containerOutcome } from './container';

export const scope: ActionExecutor = async (call) => {
  const actions = isObject(call.json.actions) ? call.json.actions : {};
  const outcome = await call.runChildren(actions, call.frame);
  return containerOutcome(outcome.status, outcome.records);
};
