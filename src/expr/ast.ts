// AST of Workflow Definition Language expressions.
// All `start`/`end` values are 0-based offsets into the whole JSON string
// value; `end` is exclusive.

interface Span {
  start: number;
  end: number;
}

export interface StringLit extends Span {
  type: 'string';
  /** Unescaped value (`''` already turned into `'`). */
  value: string;
}

export interface NumberLit extends Span {
  type: 'number';
  value: number;
  /** True when written without a fraction or exponent (e.g. `-1`, `42`). */
  isInteger: boolean;
  /** Source text, kept because large integers lose precision as `number`. */
  raw: string;
}

export interface BoolLit extends Span {
  type: 'boolean';
  value: boolean;
}

export interface NullLit extends Span {
  type: 'null';
}

export interface Call extends Span {
  type: 'call';
  /** Function name as written; compare with `canonicalName`. */
  name: string;
  args: ExprNode[];
}

export interface Member extends Span {
  type: 'member';
  object: ExprNode;
  /** A StringLit for `.name`; any expression for `[x]`. */
  property: ExprNode;
  /** True for `?[...]` and `?.name`. */
  optional: boolean;
  /** True for `[x]`, false for `.name`. */
  computed: boolean;
}

export type ExprNode = StringLit | NumberLit | BoolLit | NullLit | Call | Member;

/** A whole JSON string value, classified by the Logic Apps rules. */
export type ParsedValue =
  /** No expression: the literal text (after `@@` unescaping). */
  | { kind: 'literal'; value: string }
  /** `@expr`: one expression whose result may be of any type. */
  | { kind: 'expression'; expr: ExprNode }
  /** Text with `@{expr}` interpolations; the result is always a string. */
  | { kind: 'template'; parts: (string | ExprNode)[] };

/** Case-insensitive identity of a function name (lowercased). */
export function canonicalName(nameOrCall: string | Call): string {
  return (typeof nameOrCall === 'string' ? nameOrCall : nameOrCall.name).toLowerCase();
}
