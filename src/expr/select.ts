// Property and index selection: `x['a']`, `x?['a']`, `x.a`, `x[0]`.
// - `?` makes a missing property (or a null value) yield null instead of failing;
// - property names match exactly first, then case-insensitively, as the runtime does;
// - on a trigger/action outputs call, a name with '/' is a path:
//   `outputs('Get_row')?['body/name']` reads outputs.body.name.

import type { Member } from './ast';
import { EvaluationError } from './errors';
import { isInteger, isObject, toText, typeName, type JsonObject, type Value } from './values';

export interface Access {
  node: Member;
  /** The whole string value, for quoting the expression in messages. */
  source: string;
  optional: boolean;
  /** The object is a trigger/action outputs call, so '/' in a name is a path. */
  pathBase: boolean;
}

function expressionText(access: Access): string {
  const text = access.source.slice(access.node.start, access.node.end);
  return text || 'expression';
}

function fail(access: Access, because: string): never {
  throw new EvaluationError(
    `The template language expression '${expressionText(access)}' cannot be evaluated because ${because}. ` +
      'Please see https://aka.ms/logicexpressions for usage details.',
    access.node.start,
    'InvalidProperty',
  );
}

/** An own property, matched exactly, then ignoring case. */
export function lookup(object: JsonObject, key: string): Value | undefined {
  if (Object.hasOwn(object, key)) return object[key];
  const lower = key.toLowerCase();
  for (const name of Object.keys(object)) if (name.toLowerCase() === lower) return object[name];
  return undefined;
}

function selectKey(object: JsonObject, key: string, access: Access): Value {
  const found = lookup(object, key);
  if (found !== undefined) return found;
  if (access.pathBase && key.includes('/')) return selectPath(object, key, access);
  if (access.optional) return null;
  const available = Object.keys(object).join(', ');
  return fail(access, `property '${key}' doesn't exist, available properties are '${available}'`);
}

function selectPath(object: JsonObject, path: string, access: Access): Value {
  let current: Value = object;
  for (const segment of path.split('/')) {
    if (current === null && access.optional) return null;
    if (!isObject(current)) return fail(access, `property '${segment}' of path '${path}' cannot be selected on a value of type '${typeName(current)}'`);
    const next: Value | undefined = lookup(current, segment);
    if (next === undefined) {
      if (access.optional) return null;
      return fail(access, `property '${segment}' of path '${path}' doesn't exist`);
    }
    current = next;
  }
  return current;
}

function selectIndex(array: Value[], index: Value, access: Access): Value {
  if (!isInteger(index)) {
    return fail(access, `the array index '${typeof index === 'string' ? index : typeName(index)}' is not an integer`);
  }
  const i = Number(index);
  if (i < 0 || i >= array.length) return fail(access, `array index '${i}' is outside bounds (0, ${array.length - 1}) of array`);
  return array[i]!;
}

/** Selects `key` from `target` with the rules above. */
export function selectProperty(target: Value | undefined, key: Value, access: Access): Value {
  if (target === null || target === undefined) {
    if (access.optional) return null;
    return fail(access, `property '${toText(key)}' cannot be selected. Property selection is not supported on values of type 'Null'`);
  }
  if (Array.isArray(target)) return selectIndex(target, key, access);
  if (isObject(target)) {
    if (typeof key !== 'string') return fail(access, `the property name of type '${typeName(key)}' is not a string`);
    return selectKey(target, key, access);
  }
  return fail(
    access,
    `property '${toText(key)}' cannot be selected. Property selection is not supported on values of type '${typeName(target)}'`,
  );
}
