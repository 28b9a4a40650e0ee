// Conformance: collection-function examples of the reference guide, with their documented results.
import { describe, it, expect } from 'vitest';
import { ev, evJson } from '../evaluate-helpers';

describe('reference guide: collection functions', () => {
  it.each([
    ["contains('hello world', 'world')", true],
    ["contains('hello world', 'universe')", false],
    ["empty('')", true],
    ["empty('abc')", false],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it('contains works on arrays (a value) and dictionaries (a key), case-sensitively', () => {
    expect(ev("contains(createArray('a', 'b'), 'b')")).toBe(true);
    expect(ev("contains(json('{\"key\": 1}'), 'key')")).toBe(true);
    expect(ev("contains(json('{\"key\": 1}'), 'KEY')")).toBe(false);
    expect(ev("contains('Hello', 'hello')")).toBe(false);
  });

  it.each([
    ["first('hello')", '"h"'],
    ['first(createArray(0, 1, 2))', '0'],
    ['intersection(createArray(1, 2, 3), createArray(101, 2, 1, 10), createArray(6, 8, 1, 2))', '[1,2]'],
    ["join(createArray('a', 'b', 'c'), '.')", '"a.b.c"'],
    ["last('abcd')", '"d"'],
    ['last(createArray(0, 1, 2, 3))', '3'],
    ['reverse(createArray(0, 1, 2, 3))', '[3,2,1,0]'],
    ['skip(createArray(0, 1, 2, 3), 1)', '[1,2,3]'],
    ['sort(createArray(2, 1, 0, 3))', '[0,1,2,3]'],
    ["take('abcde', 3)", '"abc"'],
    ['take(createArray(0, 1, 2, 3, 4), 3)', '[0,1,2]'],
    ['union(createArray(1, 2, 3), createArray(1, 2, 10, 101))', '[1,2,3,10,101]'],
  ])('%s is %s', (expression, json) => {
    expect(evJson(expression)).toBe(json);
  });

  it('sort by key', () => {
    const expression =
      "sort(createArray(json('{ \"first\": \"Amalie\", \"last\": \"Rose\" }'), json('{ \"first\": \"Elise\", \"last\": \"Renee\" }')), 'last')";
    expect(ev(expression)).toEqual([
      { first: 'Elise', last: 'Renee' },
      { first: 'Amalie', last: 'Rose' },
    ]);
  });

  it('union and intersection of objects: the last value of a name wins; intersection keeps common name-value pairs', () => {
    expect(ev("union(json('{\"a\": 1, \"b\": 2}'), json('{\"b\": 3, \"c\": 4}'))")).toEqual({ a: 1, b: 3, c: 4 });
    expect(ev("intersection(json('{\"a\": 1, \"b\": 2}'), json('{\"a\": 1, \"b\": 3}'))")).toEqual({ a: 1 });
  });
});
