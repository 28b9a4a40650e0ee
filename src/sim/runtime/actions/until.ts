// Until (Do until): runs its actions, then checks the expression; repeats until it is true or a
// limit is reached (`limit.count`, default 60; `limit.timeout`, default PT1H, on the simulated
// clock, checked after each iteration). Its status is its last iteration's (Logic Apps docs:
// a failure in an earlier iteration does not stop the loop; reaching a limit is not a failure).
import { isObject } from '../../../compile/definition';
import { isObject as isValueObject, type RunRecord as ExprRecord } from '../../../expr';
import { evaluateCondition } from '../condition';
import { parseDuration } from '../duration';
import { ActionFailure } from '../errors';
import { exposeIteration, iterationFrame } from '../frame';
import type { ActionExecutor, Frame, ScopeOutcome } from '../state';
import { containerOutcome } from './container';

export const until: ActionExecutor = async (call) => {
  const { json, run } = call;
  const evaluated = isObject(json.limit) ? call.evaluate(json.limit) : null;
  const limit = isValueObject(evaluated) ? evaluated : {};
  const count = Number(limit.count ?? 60);
  const timeout = limit.timeout ?? 'PT1H';
  const timeoutMs = parseDuration(timeout);
  if (!Number.isInteger(count) || count < 1 || count > 5000) throw new ActionFailure('InvalidTemplate', `Until's limit.count must be 1-5000, not '${String(count)}'.`);
  if (timeoutMs === undefined) throw new ActionFailure('InvalidTemplate', `Until's limit.timeout '${String(timeout)}' is not an ISO 8601 duration.`);
  const clock = run.services.clock;
  const started = clock.now().getTime();
  const actions = isObject(json.actions) ? json.actions : {};
  const results: ExprRecord[] = [];
  let last: Frame | undefined;
  let outcome: ScopeOutcome = { status: 'Succeeded', records: [] };
  let iterations = 0;
  let stop: 'condition' | 'count' | 'timeout' | 'terminated' | undefined;
  while (!stop) {
    last = iterationFrame(call.frame, { name: call.name, index: iterations }, false);
    outcome = await call.runChildren(actions, last);
    results.push(...outcome.records);
    iterations++;
    if (run.terminated) stop = 'terminated';
    else if (evaluateCondition(json.expression, last.ctx, call.name)) stop = 'condition';
    else if (iterations >= count) stop = 'count';
    else if (clock.now().getTime() - started >= timeoutMs) stop = 'timeout';
  }
  exposeIteration(call.frame, last);
  // Simulator-specific outputs: how many iterations ran and which limit ended the loop.
  return containerOutcome(outcome.status, results, { outputs: { iterations, stoppedBy: stop } });
};
