import { describe, it, expect } from 'vitest';
import { checkCalls, FUNCTIONS, lookupFunction, parseExpression, parseValue } from '../../src/expr/index';

const errorsOf = (value: string) => checkCalls(parseValue(value)).map((e) => ({ reason: e.reason, position: e.position }));

describe('lookupFunction', () => {
  it('is case-insensitive and returns the documented spelling', () => {
    expect(lookupFunction('FORMATDATETIME')).toMatchObject({ name: 'formatDateTime', minArgs: 1, maxArgs: 3 });
    expect(lookupFunction('formatdatetime')).toBe(lookupFunction('formatDateTime'));
    expect(lookupFunction('concatt')).toBeUndefined();
  });

  it('has the documented arities', () => {
    const arity = (name: string) => {
      const info = lookupFunction(name);
      return info && [info.minArgs, info.maxArgs];
    };
    expect(arity('formatDateTime')).toEqual([1, 3]);
    expect(arity('addDays')).toEqual([2, 3]);
    expect(arity('addToTime')).toEqual([3, 4]);
    expect(arity('substring')).toEqual([2, 3]);
    expect(arity('slice')).toEqual([2, 3]);
    expect(arity('split')).toEqual([2, 2]);
    expect(arity('if')).toEqual([3, 3]);
    expect(arity('items')).toEqual([1, 1]);
    expect(arity('item')).toEqual([0, 0]);
    expect(arity('variables')).toEqual([1, 1]);
    expect(arity('guid')).toEqual([0, 1]);
    expect(arity('utcNow')).toEqual([0, 1]);
    expect(arity('xpath')).toEqual([2, 2]);
    expect(arity('trigger')).toEqual([0, 0]);
    expect(arity('workflow')).toEqual([0, 0]);
    expect(arity('listCallbackUrl')).toEqual([0, 0]);
    expect(arity('iterationIndexes')).toEqual([1, 1]);
    expect(arity('triggerFormDataValue')).toEqual([1, 1]);
    expect(arity('triggerMultipartBody')).toEqual([1, 1]);
    expect(arity('formDataValue')).toEqual([2, 2]);
    expect(arity('multipartBody')).toEqual([2, 2]);
    expect(arity('nthIndexOf')).toEqual([3, 3]);
    expect(arity('chunk')).toEqual([2, 2]);
    expect(arity('sort')).toEqual([1, 2]);
    expect(arity('reverse')).toEqual([1, 1]);
    expect(arity('isInt')).toEqual([1, 1]);
    expect(arity('isFloat')).toEqual([1, 2]);
    expect(arity('decimal')).toEqual([1, 1]);
    expect(arity('parseDateTime')).toEqual([1, 3]);
    expect(arity('dateDifference')).toEqual([2, 2]);
    expect(arity('convertTimeZone')).toEqual([3, 4]);
    expect(arity('formatNumber')).toEqual([2, 3]);
    for (const variadic of ['concat', 'and', 'or', 'coalesce', 'createArray', 'union', 'intersection', 'max', 'min']) {
      expect(lookupFunction(variadic)?.maxArgs, variadic).toBe(Infinity);
    }
  });

  it('lists every function once, with consistent bounds', () => {
    const names = FUNCTIONS.map((f) => f.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // 125 headings of the current reference + actionBody/actionOutputs from earlier revisions.
    expect(FUNCTIONS.length).toBe(127);
    expect(lookupFunction('actionBody')).toMatchObject({ minArgs: 1, maxArgs: 1 });
    for (const f of FUNCTIONS) expect(f.minArgs, f.name).toBeLessThanOrEqual(f.maxArgs);
    expect(lookupFunction('decodeBase64')?.deprecated).toBe(true);
  });
});

describe('checkCalls', () => {
  it('accepts known functions with valid arities, in any case', () => {
    expect(errorsOf("@formatDateTime(utcNow(), 'yyyy-MM-dd', 'fr-FR')")).toEqual([]);
    expect(errorsOf("@addDays(utcNow(), -1, 'o')")).toEqual([]);
    expect(errorsOf("@CONCAT('a', 'b', 'c', 'd')")).toEqual([]);
    expect(errorsOf("@{substring('abc', 1)} @{substring('abc', 0, 2)}")).toEqual([]);
    expect(errorsOf("@if(equals(item()?['a'], null), guid(), workflow()?['tags'])")).toEqual([]);
  });

  it("reports unknown functions such as concatt('a')", () => {
    const errors = checkCalls(parseValue("@concatt('a')"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'InvalidTemplate', reason: 'UnknownFunction', position: 1 });
    expect(errors[0]!.message).toBe("The template language function 'concatt' at position 1 is not defined or not valid.");
  });

  it("reports wrong arity such as substring('a')", () => {
    const errors = checkCalls(parseValue("@substring('a')"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reason: 'WrongArity', position: 1 });
    expect(errors[0]!.message).toContain("'substring'");
    expect(errors[0]!.message).toContain('between 2 and 3 parameters');
    expect(errors[0]!.message).toContain('invoked with 1');
  });

  it('reports too many arguments and arguments to parameterless functions', () => {
    expect(errorsOf("@split('a,b', ',', 'x')")).toEqual([{ reason: 'WrongArity', position: 1 }]);
    expect(errorsOf("@utcNow('o', 'x')")).toEqual([{ reason: 'WrongArity', position: 1 }]);
    const [error] = checkCalls(parseExpression("item('x')"));
    expect(error?.message).toContain('expects no parameters');
    expect(errorsOf('@concat()')).toEqual([{ reason: 'WrongArity', position: 1 }]);
  });

  it('reports every problem in nested calls and templates, in source order', () => {
    const value = "x @{toLower(foo(), 'b')} y @{body()}";
    expect(errorsOf(value)).toEqual([
      { reason: 'WrongArity', position: value.indexOf('toLower') },
      { reason: 'UnknownFunction', position: value.indexOf('foo') },
      { reason: 'WrongArity', position: value.indexOf('body') },
    ]);
  });

  it('checks calls inside property indexes', () => {
    const value = "@body('A')[varables('i')]";
    expect(errorsOf(value)).toEqual([{ reason: 'UnknownFunction', position: value.indexOf('varables') }]);
  });

  it('returns nothing for literals', () => {
    expect(checkCalls(parseValue('plain'))).toEqual([]);
    expect(checkCalls(parseValue('@true'))).toEqual([]);
  });
});
