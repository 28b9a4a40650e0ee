// SetVariable, IncrementVariable, DecrementVariable, AppendToArrayVariable, AppendToStringVariable.
import { isNumeric, isObject, toText, typeName, type Value } from '../../../expr/values';
import { ActionFailure } from '../errors';
import { applyFunction } from '../functions';
import type { ActionCall, ActionExecutor } from '../state';
import { checkVariableValue } from './variable-types';

function target(call: ActionCall, inputs: Value): { name: string; type: string; value: Value } {
  const name = isObject(inputs) ? inputs.name : undefined;
  const declared = typeof name === 'string' ? call.run.variableTypes.get(name.toLowerCase()) : undefined;
  if (!declared) throw new ActionFailure('InvalidTemplate', `The variable '${String(name)}' is not initialized.`);
  return { ...declared, value: call.run.variables[declared.name] ?? null };
}

function expect(call: ActionCall, variable: { name: string; type: string }, types: string[]): void {
  if (!types.includes(variable.type)) {
    throw new ActionFailure(
      'InvalidTemplate',
      `The variable '${variable.name}' of type '${variable.type}' cannot be used by action '${call.name}' (${String(call.json.type)}); it needs a variable of type ${types.join(' or ')}.`,
    );
  }
}

function update(kind: 'set' | 'increment' | 'decrement' | 'appendArray' | 'appendString'): ActionExecutor {
  return (call) => {
    const inputs = call.recordInputs(call.evaluate(call.json.inputs));
    const variable = target(call, inputs);
    const given: Value = isObject(inputs) ? (inputs.value ?? null) : null;
    let next: Value;
    switch (kind) {
      case 'set':
        next = given;
        break;
      case 'increment':
      case 'decrement': {
        expect(call, variable, ['integer', 'float']);
        const by = isObject(inputs) && inputs.value !== undefined ? inputs.value : 1;
        if (!isNumeric(by)) throw new ActionFailure('InvalidTemplate', `The value to ${kind} variable '${variable.name}' by must be a number, not of type '${typeName(by)}'.`);
        if (!isNumeric(variable.value)) throw new ActionFailure('InvalidTemplate', `The variable '${variable.name}' holds a value of type '${typeName(variable.value)}', which cannot be ${kind}ed.`);
        next = applyFunction(kind === 'increment' ? 'add' : 'sub', [variable.value, by]);
        break;
      }
      case 'appendArray':
        expect(call, variable, ['array']);
        next = [...(Array.isArray(variable.value) ? variable.value : []), given];
        break;
      case 'appendString':
        expect(call, variable, ['string']);
        next = toText(variable.value) + toText(given);
        break;
    }
    checkVariableValue(call.name, variable.name, variable.type, next);
    call.run.variables[variable.name] = next;
    return kind === 'appendArray' || kind === 'appendString' ? { inputs } : { inputs, outputs: { body: { name: variable.name, value: next } } };
  };
}

export const setVariable = update('set');
export const incrementVariable = update('increment');
export const decrementVariable = update('decrement');
export const appendToArrayVariable = update('appendArray');
export const appendToStringVariable = update('appendString');
