import { describe, it, expect } from 'vitest';
import { canonicalName, parseExpression, parseValue, type ExprNode } from '../../src/expr/index';
import { call, int, member, span, str } from './ast-builders';

function expression(value: string): ExprNode {
  const parsed = parseValue(value);
  if (parsed.kind !== 'expression') throw new Error(`expected an expression, got ${parsed.kind}`);
  return parsed.expr;
}

describe('parseValue: classification', () => {
  it('treats text without @ as a literal', () => {
    expect(parseValue('Sophia Owen')).toEqual({ kind: 'literal', value: 'Sophia Owen' });
    expect(parseValue('')).toEqual({ kind: 'literal', value: '' });
    expect(parseValue('array[1]')).toEqual({ kind: 'literal', value: 'array[1]' });
  });

  it('treats an @ that does not start the value or an interpolation as literal text', () => {
    expect(parseValue('user@example.com')).toEqual({ kind: 'literal', value: 'user@example.com' });
    expect(parseValue(' @')).toEqual({ kind: 'literal', value: ' @' });
    expect(parseValue('a @concat() b')).toEqual({ kind: 'literal', value: 'a @concat() b' });
    expect(parseValue('@')).toEqual({ kind: 'literal', value: '@' });
  });

  it('unescapes a leading @@ and keeps the rest verbatim', () => {
    expect(parseValue('@@not an expression')).toEqual({ kind: 'literal', value: '@not an expression' });
    expect(parseValue('@@')).toEqual({ kind: 'literal', value: '@' });
    expect(parseValue("@@{parameters('x')} @{y}")).toEqual({ kind: 'literal', value: "@{parameters('x')} @{y}" });
  });

  it('unescapes @@{ inside text', () => {
    expect(parseValue("My age is @@{parameters('myAge')}")).toEqual({
      kind: 'literal',
      value: "My age is @{parameters('myAge')}",
    });
    const src = "a @@{b} @{c()}";
    expect(parseValue(src)).toEqual({ kind: 'template', parts: ['a @{b} ', call('c', [], span(src, 'c()'))] });
  });

  it('parses @expr as a single expression', () => {
    const src = "@parameters('customerName')";
    expect(parseValue(src)).toEqual({
      kind: 'expression',
      expr: call('parameters', [str('customerName', span(src, "'customerName'"))], { start: 1, end: src.length }),
    });
  });

  it('parses @{expr} spanning the whole value as a template (string result)', () => {
    const src = "@{parameters('myAge')}";
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [call('parameters', [str('myAge', span(src, "'myAge'"))], span(src, "parameters('myAge')"))],
    });
  });

  it('parses interpolations inside text', () => {
    const src = "First name: @{parameters('firstName')} Last name: @{parameters('lastName')}";
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [
        'First name: ',
        call('parameters', [str('firstName', span(src, "'firstName'"))], span(src, "parameters('firstName')")),
        ' Last name: ',
        call('parameters', [str('lastName', span(src, "'lastName'"))], span(src, "parameters('lastName')")),
      ],
    });
  });

  it('parses adjacent interpolations and a trailing text part', () => {
    const src = '@{a()}@{b()}!';
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [call('a', [], span(src, 'a()')), call('b', [], span(src, 'b()')), '!'],
    });
  });

  it("does not end an interpolation at a '}' inside a string literal", () => {
    const src = "@{concat('}', 'x')}";
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [call('concat', [str('}', span(src, "'}'")), str('x', span(src, "'x'"))], span(src, "concat('}', 'x')"))],
    });
    const text = "a @{concat('}', 'x')} b";
    const parsed = parseValue(text);
    expect(parsed.kind).toBe('template');
    if (parsed.kind === 'template') expect(parsed.parts).toHaveLength(3);
  });

  it("handles '' escapes next to braces inside interpolations", () => {
    const src = "@{concat('it''s }', 'x')}";
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [
        call('concat', [str("it's }", span(src, "'it''s }'")), str('x', span(src, "'x'"))], {
          start: 2,
          end: src.length - 1,
        }),
      ],
    });
  });
});

describe('parseValue: literal expressions', () => {
  it('parses booleans and null (case-insensitively)', () => {
    expect(expression('@true')).toEqual({ type: 'boolean', value: true, start: 1, end: 5 });
    expect(expression('@false')).toEqual({ type: 'boolean', value: false, start: 1, end: 6 });
    expect(expression('@TRUE')).toEqual({ type: 'boolean', value: true, start: 1, end: 5 });
    expect(expression('@null')).toEqual({ type: 'null', start: 1, end: 5 });
  });

  it("parses string literals with '' escapes", () => {
    expect(expression("@'text'")).toEqual({ type: 'string', value: 'text', start: 1, end: 7 });
    expect(expression("@'it''s'")).toEqual({ type: 'string', value: "it's", start: 1, end: 8 });
    expect(expression("@''")).toEqual({ type: 'string', value: '', start: 1, end: 3 });
    expect(expression("@'a@{b}c'")).toEqual({ type: 'string', value: 'a@{b}c', start: 1, end: 9 });
  });

  it('parses integers, negative numbers and floats', () => {
    expect(expression('@123')).toEqual({ type: 'number', value: 123, isInteger: true, raw: '123', start: 1, end: 4 });
    expect(expression('@-1')).toEqual({ type: 'number', value: -1, isInteger: true, raw: '-1', start: 1, end: 3 });
    expect(expression('@1.5')).toEqual({ type: 'number', value: 1.5, isInteger: false, raw: '1.5', start: 1, end: 4 });
    expect(expression('@2e3')).toEqual({ type: 'number', value: 2000, isInteger: false, raw: '2e3', start: 1, end: 4 });
    expect(expression('@+7')).toEqual({ type: 'number', value: 7, isInteger: true, raw: '+7', start: 1, end: 3 });
  });

  it('keeps the raw text of integers beyond double precision', () => {
    const node = expression('@9007199254740993');
    expect(node).toMatchObject({ type: 'number', isInteger: true, raw: '9007199254740993' });
  });

  it('parses numbers as arguments, including -1 and .3', () => {
    const src = "@substring('abc', -1, .3)";
    expect(expression(src)).toEqual(
      call(
        'substring',
        [
          str('abc', span(src, "'abc'")),
          int(-1, span(src, '-1')),
          { type: 'number', value: 0.3, isInteger: false, raw: '.3', ...span(src, '.3') },
        ],
        { start: 1, end: src.length },
      ),
    );
  });
});

describe('parseValue: calls and property access', () => {
  it('keeps function names as written and exposes canonicalName', () => {
    const node = expression("@TOLOWER('A')");
    expect(node).toMatchObject({ type: 'call', name: 'TOLOWER' });
    expect(canonicalName('TOLOWER')).toBe('tolower');
    if (node.type === 'call') expect(canonicalName(node)).toBe('tolower');
  });

  it('skips whitespace between tokens', () => {
    const src = "@ concat( 'a' ,\n\t'b' ) ";
    expect(expression(src)).toEqual(
      call('concat', [str('a', span(src, "'a'")), str('b', span(src, "'b'"))], span(src, "concat( 'a' ,\n\t'b' )")),
    );
  });

  it('parses zero-argument calls', () => {
    expect(expression('@utcNow()')).toEqual(call('utcNow', [], { start: 1, end: 9 }));
  });

  it('parses .name and ?.name', () => {
    const src = '@trigger().outputs?.body';
    const trigger = call('trigger', [], span(src, 'trigger()'));
    const outputs = member(trigger, str('outputs', span(src, 'outputs')), span(src, 'outputs').end, false, false);
    expect(expression(src)).toEqual(member(outputs, str('body', span(src, 'body')), src.length, true, false));
  });

  it("parses ['name'], ?['name'] and [0]", () => {
    const src = "@body('Get')?['value'][0]?['name']";
    const body = call('body', [str('Get', span(src, "'Get'"))], span(src, "body('Get')"));
    const value = member(body, str('value', span(src, "'value'")), span(src, "?['value']").end, true);
    const first = member(value, int(0, span(src, '0')), span(src, '[0]').end, false);
    expect(expression(src)).toEqual(member(first, str('name', span(src, "'name'")), src.length, true));
  });

  it('parses computed indexes that are expressions', () => {
    const src = "@body('A')[variables('i')]";
    const body = call('body', [str('A', span(src, "'A'"))], span(src, "body('A')"));
    const index = call('variables', [str('i', span(src, "'i'"))], span(src, "variables('i')"));
    expect(expression(src)).toEqual(member(body, index, src.length, false));
  });

  it("parses triggerOutputs()?['body/value'] with the slash kept in the key", () => {
    const src = "@triggerOutputs()?['body/value']";
    expect(expression(src)).toEqual(
      member(call('triggerOutputs', [], span(src, 'triggerOutputs()')), str('body/value', span(src, "'body/value'")), src.length, true),
    );
  });

  it("parses first(body('X')['value'])['name']", () => {
    const src = "@first(body('X')['value'])['name']";
    const body = call('body', [str('X', span(src, "'X'"))], span(src, "body('X')"));
    const value = member(body, str('value', span(src, "'value'")), span(src, "['value']").end, false);
    const first = call('first', [value], span(src, "first(body('X')['value'])"));
    expect(expression(src)).toEqual(member(first, str('name', span(src, "'name'")), src.length, false));
  });

  it('parseExpression parses a bare body with an optional offset', () => {
    expect(parseExpression("body('A').x")).toEqual(
      member(call('body', [str('A', { start: 5, end: 8 })], { start: 0, end: 9 }), str('x', { start: 10, end: 11 }), 11, false, false),
    );
    expect(parseExpression('item()', 10)).toEqual(call('item', [], { start: 10, end: 16 }));
  });
});
