// If (Condition): runs `actions` when the expression is true, else `else.actions`.
import { isObject } from '../../../compile/definition';
import { evaluateCondition } from '../condition';
import type { ActionExecutor } from '../state';
import { containerOutcome } from './container';

export const ifAction: ActionExecutor = async (call) => {
  const result = evaluateCondition(call.json.expression, call.frame.ctx, call.name);
  const inputs = call.recordInputs({ expressionResult: result });
  const branch = result ? call.json.actions : call.json.else?.actions;
  const outcome = await call.runChildren(isObject(branch) ? branch : {}, call.frame, result ? '' : 'else');
  return containerOutcome(outcome.status, outcome.records, { inputs });
};
