// Switch: runs the case whose `case` value equals the expression's value, else `default`.
import { isObject } from '../../../compile/definition';
import type { Value } from '../../../expr';
import { valuesEqual } from '../../../expr/compare';
import type { ActionExecutor } from '../state';
import { containerOutcome } from './container';

export const switchAction: ActionExecutor = async (call) => {
  const value = call.evaluate(call.json.expression);
  const cases = isObject(call.json.cases) ? call.json.cases : {};
  const match = Object.entries(cases).find(([, c]) => isObject(c) && valuesEqual(call.evaluate(c.case), value as Value));
  const [label, actions] = match ? [match[0], match[1].actions] : ['default', call.json.default?.actions];
  const outcome = await call.runChildren(isObject(actions) ? actions : {}, call.frame, label);
  return containerOutcome(outcome.status, outcome.records, { inputs: { expressionValue: value, case: label } });
};
