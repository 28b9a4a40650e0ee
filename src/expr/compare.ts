// Equality and ordering of values, for equals(), greater()..., contains(),
// union(), intersection() and sort().

import { compareNumbers } from './numbers';
import { isNumeric, isObject, type Value } from './values';

/** Culture-aware string order, as .NET's invariant culture compares ('abc' < 'Abc' < 'abd'). */
const collator = new Intl.Collator('en-US');

/** Deep equality: numbers by value across integer/float/decimal, strings ordinally, arrays in order. */
export function valuesEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (isNumeric(a)) return isNumeric(b) && compareNumbers(a, b) === 0;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && valuesEqual(a[k], b[k]));
  }
  return false;
}

/**
 * equals(): deep equality, where null equals '' (the documented null-to-empty
 * conversion of logical functions) and a boolean equals a number when the
 * number's truth matches (documented: `equals(true, 1)` is true).
 */
export function looseEquals(a: Value, b: Value): boolean {
  const x = a === null ? '' : a;
  const y = b === null ? '' : b;
  if (typeof x === 'boolean' && isNumeric(y)) return x === (compareNumbers(y, 0) !== 0);
  if (typeof y === 'boolean' && isNumeric(x)) return y === (compareNumbers(x, 0) !== 0);
  return valuesEqual(x, y);
}

/** Order of two numbers, two strings or two booleans (null counts as ''); undefined when not comparable. */
export function compareValues(a: Value, b: Value): number | undefined {
  const x = a === null ? '' : a;
  const y = b === null ? '' : b;
  if (isNumeric(x) && isNumeric(y)) return compareNumbers(x, y);
  if (typeof x === 'string' && typeof y === 'string') return Math.sign(collator.compare(x, y));
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return undefined;
}
