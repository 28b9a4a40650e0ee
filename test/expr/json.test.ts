// json(): JSON text read as Json.NET reads it.
import { describe, it, expect } from 'vitest';
import { parseJson, toJson, typeName } from '../../src/expr/index';
import { ev, failure } from './evaluate-helpers';

describe('json()', () => {
  it('keeps a number written with a fraction a float, so the type rules of math functions hold', () => {
    expect(typeName(ev("json('{\"a\": 4.0}')?['a']"))).toBe('Float');
    expect(ev("div(json('{\"a\": 4.0}')?['a'], 8)")).toBe(0.5);
    expect(ev("div(json('{\"a\": 4}')?['a'], 8)")).toBe(0);
    expect(typeName(ev("json('1e2')"))).toBe('Float');
  });

  it('keeps integers beyond 2^53 exact', () => {
    expect(ev("json('{\"id\": 1234567890123456789}')?['id']")).toBe(1234567890123456789n);
    expect(toJson(ev("json('[9007199254740993]')"))).toBe('[9007199254740993]');
  });

  it("accepts Json.NET's leniencies: comments, single quotes, unquoted names, trailing commas", () => {
    expect(parseJson("{ // note\n a: 'x', /* c */ \"b\": [1, 2,], }")).toEqual({ a: 'x', b: [1, 2] });
  });

  it('reports invalid JSON with its position', () => {
    expect(failure("@json('{\"a\": }')").message).toContain("unexpected '}' at position 6");
    expect(() => parseJson('[1, 2')).toThrow(/position 5/);
    expect(() => parseJson('1e999')).toThrow(/out of the range/);
  });

  it('keeps a property named __proto__ as data', () => {
    const value = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
