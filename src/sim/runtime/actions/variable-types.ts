// Variable types of InitializeVariable, and the values each accepts.
import { isInteger, isNumeric, isObject, typeName, type Value } from '../../../expr/values';
import { ActionFailure } from '../errors';

const ACCEPTS: Record<string, (v: Value) => boolean> = {
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => isInteger(v),
  float: (v) => isNumeric(v),
  string: (v) => typeof v === 'string',
  object: (v) => isObject(v),
  array: (v) => Array.isArray(v),
};

const LABEL: Record<string, string> = {
  boolean: 'Boolean',
  integer: 'Integer',
  float: 'Float',
  string: 'String',
  object: 'Object',
  array: 'Array',
};

export const isVariableType = (type: string): boolean => type in ACCEPTS;

/** The value a variable starts with when InitializeVariable gives none. */
export function emptyValue(type: string): Value {
  return ({ boolean: false, integer: 0, float: 0, string: '', object: {}, array: [] } as Record<string, Value>)[type] ?? null;
}

/** Fails unless `value` fits the variable's type (null fits every type). */
export function checkVariableValue(action: string, name: string, type: string, value: Value): void {
  if (value === null || ACCEPTS[type]?.(value)) return;
  const label = LABEL[type] ?? type;
  throw new ActionFailure(
    'InvalidTemplate',
    `Unable to process template language expressions in action '${action}' inputs at line '0' and column '0': ` +
      `'The variable '${name}' of type '${label}' cannot be initialized or updated with value of type '${typeName(value)}'. ` +
      `The variable '${name}' only supports values of types '${label}'.'.`,
  );
}
