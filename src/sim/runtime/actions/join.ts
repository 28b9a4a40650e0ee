// Join: the items of `from` as text, separated by `joinWith`.
import { toText } from '../../../expr';
import type { ActionExecutor } from '../state';
import { fromArray } from './query';

export const join: ActionExecutor = (call) => {
  const from = fromArray(call, 'join');
  const joinWith = toText(call.evaluate(call.json.inputs?.joinWith ?? ''));
  call.recordInputs({ from, joinWith });
  return { outputs: { body: from.map((item) => toText(item)).join(joinWith) } };
};
