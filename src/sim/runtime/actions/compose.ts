// Compose: its outputs are its evaluated inputs.
import type { ActionExecutor } from '../state';

export const compose: ActionExecutor = (call) => {
  const value = call.evaluate(call.json.inputs);
  return { inputs: value, outputs: value };
};
