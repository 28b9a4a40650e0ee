// Recursive-descent parser for Workflow Definition Language expressions and
// for whole JSON string values (`@expr`, `@{...}` interpolation, `@@` escape).
//
// Grammar of an expression body:
//   expression := STRING | NUMBER | true | false | null | call
//   call       := IDENTIFIER '(' [expression (',' expression)*] ')' access*
//   access     := '?'? ( '.' IDENTIFIER | '[' expression ']' )

import type { Call, ExprNode, ParsedValue } from './ast';
import { ExpressionError, quoteForMessage } from './errors';
import { Scanner, type Token, type TokenType } from './scanner';

/** Maximum nesting of calls, arguments and property accesses. */
export const MAX_DEPTH = 128;

const KEYWORDS: Readonly<Record<string, ExprNode['type']>> = {
  true: 'boolean',
  false: 'boolean',
  null: 'null',
};

class Parser {
  private depth = 0;

  constructor(private readonly scanner: Scanner) {}

  parseRoot(): ExprNode {
    const node = this.parseExpression();
    this.expect('EndOfData');
    return node;
  }

  private parseExpression(): ExprNode {
    this.enter(this.scanner.peek().start);
    try {
      return this.parsePrimary();
    } finally {
      this.depth--;
    }
  }

  private parsePrimary(): ExprNode {
    const token = this.scanner.next();
    switch (token.type) {
      case 'StringLiteral':
        return { type: 'string', value: token.value, start: token.start, end: token.end };
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return {
          type: 'number',
          value: Number(token.value),
          isInteger: token.type === 'IntegerLiteral',
          raw: token.value,
          start: token.start,
          end: token.end,
        };
      case 'Identifier':
        return this.parseIdentifier(token);
      default:
        throw this.scanner.error(
          `expected a literal or a function call and actual '${token.type}' at position ${token.start}.`,
          token.start,
          'UnexpectedToken',
        );
    }
  }

  private parseIdentifier(token: Token): ExprNode {
    const keyword = KEYWORDS[token.value.toLowerCase()];
    const span = { start: token.start, end: token.end };
    if (keyword === 'null') return { type: 'null', ...span };
    if (keyword === 'boolean') return { type: 'boolean', value: token.value.toLowerCase() === 'true', ...span };

    const open = this.scanner.peek();
    if (open.type !== 'LeftParenthesis') {
      throw this.scanner.error(
        `'${token.value}' is not a function call or literal; expected token 'LeftParenthesis' and actual '${open.type}' at position ${open.start}.`,
        open.start,
        'UnexpectedToken',
      );
    }
    this.scanner.next();
    const args: ExprNode[] = [];
    let close = this.scanner.peek();
    if (close.type === 'RightParenthesis') {
      this.scanner.next();
    } else {
      for (;;) {
        args.push(this.parseExpression());
        const separator = this.scanner.next();
        if (separator.type === 'RightParenthesis') {
          close = separator;
          break;
        }
        if (separator.type !== 'Comma') {
          throw this.scanner.error(
            `expected token 'RightParenthesis' and actual '${separator.type}' at position ${separator.start}.`,
            separator.start,
            'UnexpectedToken',
          );
        }
      }
    }
    const call: Call = { type: 'call', name: token.value, args, start: token.start, end: close.end };
    return this.parseAccesses(call);
  }

  /** `.name`, `?.name`, `[x]` and `?[x]` chained after a call. */
  private parseAccesses(call: Call): ExprNode {
    let node: ExprNode = call;
    const depthBefore = this.depth;
    try {
      for (;;) {
        const optional = this.scanner.peek().type === 'QuestionMark';
        if (optional) this.scanner.next();
        const token = this.scanner.peek();
        if (token.type === 'Dot') {
          this.enter(token.start);
          this.scanner.next();
          const name = this.expect('Identifier');
          const property: ExprNode = { type: 'string', value: name.value, start: name.start, end: name.end };
          node = { type: 'member', object: node, property, optional, computed: false, start: node.start, end: name.end };
        } else if (token.type === 'LeftSquareBracket') {
          this.enter(token.start);
          this.scanner.next();
          const property = this.parseExpression();
          const close = this.expect('RightSquareBracket');
          node = { type: 'member', object: node, property, optional, computed: true, start: node.start, end: close.end };
        } else if (optional) {
          throw this.scanner.error(
            `expected token 'Dot' or 'LeftSquareBracket' after '?' and actual '${token.type}' at position ${token.start}.`,
            token.start,
            'UnexpectedToken',
          );
        } else {
          return node;
        }
      }
    } finally {
      this.depth = depthBefore;
    }
  }

  private expect(type: TokenType): Token {
    const token = this.scanner.next();
    if (token.type !== type) {
      throw this.scanner.error(
        `expected token '${type}' and actual '${token.type}' at position ${token.start}.`,
        token.start,
        'UnexpectedToken',
      );
    }
    return token;
  }

  private enter(position: number): void {
    if (++this.depth > MAX_DEPTH) {
      throw this.scanner.error(
        `the expression nesting exceeds the maximum depth of ${MAX_DEPTH} at position ${position}.`,
        position,
        'TooDeep',
      );
    }
  }
}

/** Runs `fn`, turning any non-ExpressionError (e.g. a stack overflow) into one. */
function guarded<T>(text: string, position: number, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ExpressionError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExpressionError(
      `Unable to parse template language expression ${quoteForMessage(text)}; ${detail}.`,
      position,
      'TooDeep',
    );
  }
}

/**
 * Parses a bare expression body (without the leading `@`). `offset` is the
 * position of `text` inside the whole string value, used for all positions.
 */
export function parseExpression(text: string, offset = 0): ExprNode {
  return guarded(text, offset, () => new Parser(new Scanner(text, offset)).parseRoot());
}

/**
 * Classifies and parses a whole JSON string value with the Logic Apps rules:
 * - `@@...` at the start: literal text with one leading `@`;
 * - `@expr` (not `@{`): one expression whose result may be of any type;
 * - `@{expr}` anywhere (even spanning the whole value): string interpolation;
 *   inside text, `@@{` is an escaped, literal `@{` (a value with only such
 *   escapes is a literal);
 * - anything else (e.g. `a@b.com`) is literal text.
 */
export function parseValue(value: string): ParsedValue {
  if (!value.includes('@')) return { kind: 'literal', value };
  let parsed = parsedValues.get(value);
  if (!parsed) {
    parsed = parseWithAt(value);
    if (parsedValues.size >= PARSED_VALUES) parsedValues.clear();
    parsedValues.set(value, parsed);
  }
  return parsed;
}

/**
 * Parsed values by text: a build's checks, its validation of the tree and both zips, and the linter each parse the
 * same workflow strings. Results are shared, so callers treat them as read-only (none writes to an AST).
 */
const parsedValues = new Map<string, ParsedValue>();
const PARSED_VALUES = 20_000;

function parseWithAt(value: string): ParsedValue {
  if (value.length >= 2 && value[0] === '@' && value[1] !== '{') {
    if (value[1] === '@') return { kind: 'literal', value: value.slice(1) };
    return { kind: 'expression', expr: parseExpression(value.slice(1), 1) };
  }
  if (!value.includes('@{')) return { kind: 'literal', value };
  const parts = parseTemplate(value);
  // Only escaped `@@{` sequences: plain text after unescaping.
  if (parts.every((part) => typeof part === 'string')) return { kind: 'literal', value: parts.join('') };
  return { kind: 'template', parts };
}

function parseTemplate(value: string): (string | ExprNode)[] {
  const parts: (string | ExprNode)[] = [];
  let text = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('@{', i);
    if (at < 0) break;
    text += value.slice(i, at);
    if (at > 0 && value[at - 1] === '@') {
      // `@@{` keeps a single `@`, already copied; `{` continues as text.
      i = at + 1;
      continue;
    }
    if (text) parts.push(text);
    text = '';
    const close = findInterpolationEnd(value, at);
    const body = value.slice(at + 2, close);
    if (body.trim() === '') {
      throw new ExpressionError(
        `The template language expression '@{${body}}' at position ${at} is empty; expected an expression between '@{' and '}'.`,
        at,
        'EmptyInterpolation',
      );
    }
    parts.push(parseExpression(body, at + 2));
    i = close + 1;
  }
  text += value.slice(i);
  if (text) parts.push(text);
  return parts;
}

/** Index of the `}` closing the `@{` at `at`, skipping `}` inside string literals. */
function findInterpolationEnd(value: string, at: number): number {
  let stringStart = -1;
  for (let j = at + 2; j < value.length; j++) {
    const ch = value[j];
    if (ch === "'") stringStart = stringStart < 0 ? j : -1;
    else if (ch === '}' && stringStart < 0) return j;
  }
  const body = quoteForMessage(value.slice(at + 2));
  if (stringStart >= 0) {
    throw new ExpressionError(
      `Unable to parse template language expression ${body}; the string literal starting at position ${stringStart} is not terminated.`,
      stringStart,
      'UnterminatedString',
    );
  }
  throw new ExpressionError(
    `Unable to parse template language expression ${body}; the interpolation '@{' starting at position ${at} is missing its closing '}'.`,
    at,
    'UnterminatedInterpolation',
  );
}
