// Foreach (Apply to each). Iterations run sequentially, as Power Automate's default, unless
// `runtimeConfiguration.concurrency.repetitions` allows more: then up to that many iterations
// are in flight, started in index order, the next one when one finishes; they interleave where
// their actions await (deterministic with deterministic adapters). A loop nested in another
// Foreach always runs sequentially, and `operationOptions: "Sequential"` forces it.
import { isObject } from '../../../compile/definition';
import { typeName, type RunRecord as ExprRecord, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import { exposeIteration, iterationFrame } from '../frame';
import type { ActionExecutor, Frame } from '../state';
import { containerOutcome } from './container';

function degreeOf(json: Record<string, any>, parent: Frame): number {
  if (parent.inForeach || /\bSequential\b/i.test(String(json.operationOptions ?? ''))) return 1;
  const n = Number(json.runtimeConfiguration?.concurrency?.repetitions);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 50) : 1;
}

export const foreach: ActionExecutor = async (call) => {
  const { json, frame, run } = call;
  const items = call.evaluate(json.foreach);
  if (!Array.isArray(items)) {
    throw new ActionFailure(
      'InvalidTemplate',
      `The execution of template action '${call.name}' failed: the result of the evaluation of 'foreach' expression '${String(json.foreach)}' is of type '${typeName(items)}'. The result must be a valid array.`,
    );
  }
  const actions = isObject(json.actions) ? json.actions : {};
  const failed: boolean[] = [];
  const results: ExprRecord[][] = [];
  let last: Frame | undefined;
  let next = 0;
  const lane = async () => {
    while (next < items.length && !run.terminated) {
      const index = next++;
      const f = iterationFrame(frame, { name: call.name, item: items[index] as Value, index }, true);
      const outcome = await call.runChildren(actions, f);
      failed[index] = outcome.status === 'Failed';
      results[index] = outcome.records;
      last = f;
    }
  };
  await Promise.all(Array.from({ length: Math.min(degreeOf(json, frame), items.length) }, lane));
  exposeIteration(frame, last);
  const status = run.terminated ? 'Cancelled' : failed.some(Boolean) ? 'Failed' : 'Succeeded';
  return containerOutcome(status, results.flat(), { inputs: items });
};
