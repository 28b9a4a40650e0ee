// Select: maps each item of `from` (item()) through the `select` template.
import type { ActionExecutor } from '../state';
import { fromArray, itemContext } from './query';

export const select: ActionExecutor = (call) => {
  const from = fromArray(call, 'select');
  call.recordInputs(from);
  const mapping = call.json.inputs?.select;
  const body = from.map((item, index) => call.evaluate(mapping, itemContext(call, item, index)));
  return { outputs: { body } };
};
