// Workflow JSON values -> DSL value code: exact by construction (each is rendered with the DSL and compared).
import { describe, expect, it } from 'vitest';
import { conditionCode } from '../../src/import/conditions';
import { type EnvRef, code, exactValue } from '../../src/import/values';

const limit: EnvRef = { id: 'limit', schemaName: 'x_limit', type: 'Number', parameter: 'Limit (x_limit)' };
const scope = {
  env: (p: string) => (p === limit.parameter ? limit : undefined),
  envBySchema: (s: string) => (s === limit.schemaName ? limit : undefined),
  variable: (n: string) => (n === 'Count' ? { id: 'count', name: 'Count' } : undefined),
};
const codeOf = (json: any) => {
  // any: JSON under test
  const v = exactValue(json, scope);
  return v && code(v);
};

describe('values', () => {
  it('plain text, numbers, objects and arrays stay literal', () => {
    expect(codeOf('a@b.com')).toBe('"a@b.com"');
    expect(codeOf({ n: 1, ok: true, none: null, list: ['x', 2] })).toBe('{ n: 1, ok: true, none: null, list: ["x", 2] }');
    expect(codeOf({ 'odata.type': 'x', __proto__x: 1 })).toBe('{ "odata.type": "x", __proto__x: 1 }');
  });

  it('escaped @ stays escaped: @@ at the start, @@{ inside text', () => {
    expect(codeOf('@@literal')).toBe('"@literal"');
    expect(codeOf('price @@{x}')).toBe('"price @{x}"');
  });

  it('expressions are raw text, exactly as written (whitespace included)', () => {
    expect(codeOf('@equals( 1,2 )')).toBe('$.raw("equals( 1,2 )")');
    expect(codeOf("@variables('Count')")).toBe('count.value');
    expect(codeOf("@variables('count')")).toBe('$.raw("variables(\'count\')")');
  });

  it('templates interpolate raw holes; a } inside a string literal does not end a hole', () => {
    expect(codeOf("Hello @{triggerBody()?['name']}!")).toBe('$.text`Hello ${$.raw("triggerBody()?[\'name\']")}!`');
    expect(codeOf("@{'}'}x")).toBe('$.text`${$.raw("\'}\'")}x`');
    expect(codeOf('back`tick ${x} @{1}')).toBe('$.text`back\\`tick \\${x} ${$.raw("1")}`');
  });

  it('environment variables become their handles, alone, inside expressions and inside templates', () => {
    expect(codeOf("@parameters('Limit (x_limit)')")).toBe('limit');
    expect(codeOf("@add(parameters('Limit (x_limit)'), 1)")).toBe('$.raw`add(${limit}, 1)`');
    expect(codeOf("@{parameters('Limit (x_limit)')} left")).toBe('$.text`${limit} left`');
    // Not the text the DSL renders for the handle: kept raw.
    expect(codeOf("@parameters( 'Limit (x_limit)' )")).toBe('$.raw("parameters( \'Limit (x_limit)\' )")');
  });

  it('an invalid expression has no DSL value', () => {
    expect(exactValue('@concat(', scope)).toBeUndefined();
    expect(exactValue('x @{unclosed', scope)).toBeUndefined();
  });
});

describe('conditions', () => {
  it('the designer’s structured form becomes $ builders; expression strings stay raw', () => {
    expect(
      conditionCode({ and: [{ not: { equals: ["@variables('Count')", 1] } }, { startsWith: ["@{outputs('A')}", 'a'] }] }, scope),
    ).toBe('$.and($.not($.equals(count.value, 1)), $.startsWith($.text`${$.raw("outputs(\'A\')")}`, "a"))');
    expect(conditionCode({ greater: ["@variables('Count')", "@parameters('Limit (x_limit)')"] }, scope)).toBe(
      '$.greater(count.value, limit)',
    );
    expect(conditionCode('@equals(1, 1)', scope)).toBe('$.raw("equals(1, 1)")');
    expect(conditionCode({ endsWith: [1, 'a'] }, scope)).toBe('$.fn("endsWith", 1, "a")');
  });

  it('forms the DSL would not render back are refused', () => {
    expect(conditionCode({ equals: [{ a: 1 }, 1] }, scope)).toBeUndefined();
    expect(conditionCode({ and: ['@true'] }, scope)).toBeUndefined();
    expect(conditionCode({ equals: [1, 1], or: [] }, scope)).toBeUndefined();
  });
});
