// Conformance: logical comparison examples of the reference guide, with their documented results.
import { describe, it, expect } from 'vitest';
import { ev, failure } from '../evaluate-helpers';

describe('reference guide: logical comparison functions', () => {
  it.each([
    ['and(true, true)', true],
    ['and(false, true)', false],
    ['and(false, false)', false],
    ['and(equals(1, 1), equals(2, 2))', true],
    ['and(equals(1, 1), equals(1, 2))', false],
    ['and(equals(1, 2), equals(1, 3))', false],
    ['or(true, false)', true],
    ['or(false, false)', false],
    ['or(equals(1, 1), equals(1, 2))', true],
    ['or(equals(1, 2), equals(1, 3))', false],
    ['not(false)', true],
    ['not(true)', false],
    ['not(equals(1, 2))', true],
    ['not(equals(1, 1))', false],
    ['equals(true, 1)', true],
    ["equals('abc', 'abcd')", false],
    ['greater(10, 5)', true],
    ["greater('apple', 'banana')", false],
    ['greaterOrEquals(5, 5)', true],
    ["greaterOrEquals('apple', 'banana')", false],
    ['less(5, 10)', true],
    ["less('banana', 'apple')", false],
    ['lessOrEquals(10, 10)', true],
    ["lessOrEquals('apply', 'apple')", false],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it("if(equals(1, 1), 'yes', 'no') is 'yes'", () => {
    expect(ev("if(equals(1, 1), 'yes', 'no')")).toBe('yes');
    expect(ev("if(equals(1, 2), 'yes', 'no')")).toBe('no');
  });

  it('documented note: logical functions compare null as the empty string', () => {
    expect(ev("equals(null, '')")).toBe(true);
    expect(ev("less(null, 'a')")).toBe(true);
  });

  it('numbers compare across integer and float; strings and numbers never match', () => {
    expect(ev('equals(1, 1.0)')).toBe(true);
    expect(ev("equals('1', 1)")).toBe(false);
    expect(ev('greater(2.5, 2)')).toBe(true);
    expect(failure("@greater('1', 1)").message).toContain("'greater' expects two parameters of matching types");
  });

  it('if() evaluates only the branch it returns, so a guard protects the other branch', () => {
    expect(ev("if(less(length('ab'), 5), 'ab', substring('ab', 0, 5))")).toBe('ab');
    expect(ev("and(false, equals(int('x'), 1))")).toBe(false);
    expect(ev("or(true, equals(int('x'), 1))")).toBe(true);
  });

  it("if() requires a boolean condition, as Power Automate reports", () => {
    expect(failure("@if('true', 1, 2)").message).toBe(
      "The template language function 'if' expects its first parameter to be of type boolean. The provided value is of type 'String'. " +
        'Please see https://aka.ms/logicexpressions#if for usage details.',
    );
  });
});
