// Wait (Delay / Delay until): advances the simulated clock instead of sleeping.
import { isObject, toText } from '../../../expr';
import { intervalMs } from '../duration';
import { ActionFailure } from '../errors';
import type { ActionExecutor } from '../state';

export const wait: ActionExecutor = (call) => {
  const inputs = call.recordInputs(call.evaluate(call.json.inputs));
  const clock = call.run.services.clock;
  let ms: number | undefined;
  if (isObject(inputs) && isObject(inputs.interval)) {
    ms = intervalMs(Number(inputs.interval.count), toText(inputs.interval.unit ?? null));
  } else if (isObject(inputs) && isObject(inputs.until)) {
    const at = Date.parse(toText(inputs.until.timestamp ?? null));
    ms = Number.isNaN(at) ? undefined : Math.max(0, at - clock.now().getTime());
  }
  if (ms === undefined) throw new ActionFailure('InvalidTemplate', `Wait needs inputs.interval { count, unit } or inputs.until { timestamp }.`);
  clock.advance(ms);
  return { inputs };
};
