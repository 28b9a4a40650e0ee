// Query (Filter array): keeps the items of `from` for which `where` (with item()) is true.
import { typeName, type EvaluationContext, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import type { ActionCall, ActionExecutor } from '../state';

/** `from` as an array, or a failure naming the action type. */
export function fromArray(call: ActionCall, kind: string): Value[] {
  const from = call.evaluate(call.json.inputs?.from);
  if (!Array.isArray(from)) {
    throw new ActionFailure('InvalidTemplate', `The 'from' property value in the '${kind}' action inputs is of type '${typeName(from)}'. The value must be an array.`);
  }
  return from;
}

/** The context of one item of `from`: item() is that item. */
export function itemContext(call: ActionCall, item: Value, index: number): EvaluationContext {
  return { ...call.frame.ctx, loops: [...call.frame.loops, { name: call.name, item, index }] };
}

export const query: ActionExecutor = (call) => {
  const from = fromArray(call, 'query');
  call.recordInputs(from);
  const where = call.json.inputs?.where;
  const body = from.filter((item, index) => call.evaluate(where, itemContext(call, item, index)) === true);
  return { outputs: { body } };
};
