import type { ExprNode } from '../../src/expr/index';

// Builders for expected ASTs. Spans are located in the source text with
// indexOf, independently of the parser.
export function span(src: string, text: string, from = 0): { start: number; end: number } {
  const start = src.indexOf(text, from);
  if (start < 0) throw new Error(`'${text}' not in '${src}'`);
  return { start, end: start + text.length };
}
export const str = (value: string, s: { start: number; end: number }): ExprNode => ({ type: 'string', value, ...s });
export const int = (value: number, s: { start: number; end: number }): ExprNode => ({
  type: 'number',
  value,
  isInteger: true,
  raw: String(value),
  ...s,
});
export const call = (name: string, args: ExprNode[], s: { start: number; end: number }): ExprNode => ({
  type: 'call',
  name,
  args,
  ...s,
});
export const member = (object: ExprNode, property: ExprNode, end: number, optional: boolean, computed = true): ExprNode => ({
  type: 'member',
  object,
  property,
  optional,
  computed,
  start: object.start,
  end,
});
