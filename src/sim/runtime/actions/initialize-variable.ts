// InitializeVariable: declares variables with a type and a first value.
import { isObject, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import type { ActionExecutor } from '../state';
import { checkVariableValue, emptyValue, isVariableType } from './variable-types';

export const initializeVariable: ActionExecutor = (call) => {
  const inputs = call.recordInputs(call.evaluate(call.json.inputs));
  const list = isObject(inputs) && Array.isArray(inputs.variables) ? inputs.variables : [];
  const { run } = call;
  for (const v of list) {
    if (!isObject(v) || typeof v.name !== 'string') throw new ActionFailure('InvalidTemplate', 'Each variable needs a name.');
    const type = String(v.type ?? '').toLowerCase();
    if (!isVariableType(type)) {
      throw new ActionFailure('InvalidTemplate', `The variable '${v.name}' has the unsupported type '${String(v.type)}'.`);
    }
    const key = v.name.toLowerCase();
    if (run.variableTypes.has(key)) throw new ActionFailure('InvalidTemplate', `The variable '${v.name}' is already initialized.`);
    const value: Value = v.value === undefined ? emptyValue(type) : v.value;
    checkVariableValue(call.name, v.name, type, value);
    run.variableTypes.set(key, { name: v.name, type });
    run.variables[v.name] = value;
  }
  return { inputs };
};
