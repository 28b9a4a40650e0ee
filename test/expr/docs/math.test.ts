// Conformance: math-function examples of the reference guide, with their documented results and types.
import { describe, it, expect } from 'vitest';
import { typeName } from '../../../src/expr/index';
import { ev, evJson } from '../evaluate-helpers';

describe('reference guide: math functions', () => {
  it.each([
    ['add(1, 1.5)', '2.5', 'Float'],
    ['div(10,5)', '2', 'Integer'],
    ['div(11,5)', '2', 'Integer'],
    ['div(11,5.0)', '2.2', 'Float'],
    ['div(11.0,5)', '2.2', 'Float'],
    ['max(1, 2, 3)', '3', 'Integer'],
    ['max(createArray(1, 2, 3))', '3', 'Integer'],
    ['min(1, 2, 3)', '1', 'Integer'],
    ['min(createArray(1, 2, 3))', '1', 'Integer'],
    ['mod(3, 2)', '1', 'Integer'],
    ['mod(-5, 2)', '-1', 'Integer'],
    ['mod(4, -3)', '1', 'Integer'],
    ['mul(1, 2)', '2', 'Integer'],
    ['mul(1.5, 2)', '3', 'Float'],
    ['range(1, 4)', '[1,2,3,4]', 'Array'],
    ['sub(10.3, .3)', '10', 'Float'],
  ])('%s is %s (%s)', (expression, json, type) => {
    const result = ev(expression);
    expect(evJson(expression)).toBe(json);
    expect(typeName(result)).toBe(type);
  });

  it('an integral float stays a float: div(mul(1.5, 2), 2) is 1.5, not an integer division', () => {
    expect(ev('div(mul(1.5, 2), 2)')).toBe(1.5);
    expect(ev('div(3, 2)')).toBe(1);
  });

  it('rand(1, 5) returns one of 1, 2, 3 or 4', () => {
    for (const r of [0, 0.2, 0.5, 0.9999]) expect(ev('rand(1, 5)', { random: () => r })).toBe(1 + Math.floor(r * 4));
    const seen = new Set(Array.from({ length: 200 }, () => ev('rand(1, 5)')));
    expect([...seen].every((n) => [1, 2, 3, 4].includes(n as number))).toBe(true);
  });
});
