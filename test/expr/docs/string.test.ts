// Conformance: every string-function example of Microsoft's "Reference guide to
// functions in expressions for workflows in Azure Logic Apps and Power Automate"
// (articles/logic-apps/expression-functions-reference.md), with its documented result.
import { describe, it, expect } from 'vitest';
import { ev, evJson } from '../evaluate-helpers';

describe('reference guide: string functions', () => {
  it.each([
    ["toLower('Hello')", 'hello'],
    ["concat('Sophia', 'Owen')", 'SophiaOwen'],
    ["concat('Hello', 'World')", 'HelloWorld'],
    ["replace('the old string', 'old', 'new')", 'the new string'],
    ["substring('hello world', 6, 5)", 'world'],
    ["toLower('Hello World')", 'hello world'],
    ["toUpper('Hello World')", 'HELLO WORLD'],
    ["trim(' Hello World  ')", 'Hello World'],
    ["slice('Hello World', 2)", 'llo World'],
    ["slice('Hello World', 30)", ''],
    ["slice('Hello World', 10, 2)", ''],
    ["slice('Hello World', 0)", 'Hello World'],
    ["slice('Hello World', 2, 5)", 'llo'],
    ["slice('Hello World', 6, 20)", 'World'],
    ["slice('Hello World', -2)", 'ld'],
    ["slice('Hello World', 3, -1)", 'lo Worl'],
    ["slice('Hello World', 3, 3)", ''],
    ["formatNumber(1234567890, '#,##0.00', 'en-US')", '1,234,567,890.00'],
    ["formatNumber(1234567890, '#,##0.00', 'is-IS')", '1.234.567.890,00'],
    ["formatNumber(17.35, 'C2')", '$17.35'],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it("formatNumber(17.35, 'C2', 'is-IS'): the guide shows '17,35 kr'; .NET's is-IS currency symbol (ICU and Windows) is 'kr.'", () => {
    // Documented deviation: the guide drops the abbreviation point of the Icelandic krona symbol.
    expect(ev("formatNumber(17.35, 'C2', 'is-IS')")).toBe('17,35 kr.');
  });

  it.each([
    ["endsWith('hello world', 'world')", true],
    ["endsWith('hello world', 'universe')", false],
    ["startsWith('hello world', 'hello')", true],
    ["startsWith('hello world', 'greetings')", false],
    ["isFloat('10,000.00')", true],
    ["isFloat('10.000,00', 'de-DE')", true],
    ["isInt('10')", true],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it.each([
    ["indexOf('hello world', 'world')", 6],
    ["lastIndexOf('hello world hello world', 'world')", 18],
    ["lastIndexOf('hello world hello world', '')", 22],
    ["length('abcd')", 4],
    ["length(createArray(0, 1, 2, 3))", 4],
    ["nthIndexOf('123456789123465789', '1', 1)", 0],
    ["nthIndexOf('123456789123465789', '1', 2)", 9],
    ["nthIndexOf('123456789123465789', '12', 2)", 9],
    ["nthIndexOf('123456789123465789', '6', 4)", -1],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it('lastIndexOf: the documented empty-string rules', () => {
    expect(ev("lastIndexOf('', 'a')")).toBe(-1); // only the string is empty
    expect(ev("lastIndexOf('', '')")).toBe(0); // both are empty
    expect(ev("lastIndexOf('abc', '')")).toBe(2); // only the substring is empty: length - 1
  });

  it('indexOf, lastIndexOf, startsWith and endsWith are documented as case-insensitive', () => {
    expect(ev("indexOf('hello WORLD', 'world')")).toBe(6);
    expect(ev("lastIndexOf('Hello world hello World', 'HELLO')")).toBe(12);
    expect(ev("startsWith('Hello', 'hE')")).toBe(true);
    expect(ev("endsWith('Hello', 'LO')")).toBe(true);
  });

  it("replace is documented as case-sensitive", () => {
    expect(ev("replace('Old old', 'old', 'new')")).toBe('Old new');
  });

  it.each([
    ["split('a_b_c', '_')", '["a","b","c"]'],
    ["split('a_b_c', ' ')", '["a_b_c"]'],
    ["chunk('abcdefghijklmnopqrstuvwxyz', 10)", '["abcdefghij","klmnopqrst","uvwxyz"]'],
    ['chunk(createArray(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 5)', '[[1,2,3,4,5],[6,7,8,9,10],[11,12]]'],
  ])('%s is %s', (expression, json) => {
    expect(evJson(expression)).toBe(json);
  });

  it("guid() is 32 hex digits separated by hyphens ('D')", () => {
    expect(ev('guid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ev('guid()')).not.toBe(ev('guid()'));
  });

  it("guid('P') wraps the GUID in parentheses", () => {
    const context = { newGuid: () => 'c2ecc88d-88c8-4096-912c-d6f2e2b138ce' };
    expect(ev("guid('P')", context)).toBe('(c2ecc88d-88c8-4096-912c-d6f2e2b138ce)');
    expect(ev('guid()', context)).toBe('c2ecc88d-88c8-4096-912c-d6f2e2b138ce');
    expect(ev("guid('N')", context)).toBe('c2ecc88d88c84096912cd6f2e2b138ce');
    expect(ev("guid('B')", context)).toBe('{c2ecc88d-88c8-4096-912c-d6f2e2b138ce}');
    expect(ev("guid('X')", context)).toBe('{0xc2ecc88d,0x88c8,0x4096,{0x91,0x2c,0xd6,0xf2,0xe2,0xb1,0x38,0xce}}');
  });
});
