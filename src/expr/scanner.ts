// Hand-written scanner for Workflow Definition Language expression bodies.

import { ExpressionError, quoteForMessage, type ExpressionErrorReason } from './errors';

export type TokenType =
  | 'Identifier'
  | 'StringLiteral'
  | 'IntegerLiteral'
  | 'FloatLiteral'
  | 'LeftParenthesis'
  | 'RightParenthesis'
  | 'LeftSquareBracket'
  | 'RightSquareBracket'
  | 'Comma'
  | 'Dot'
  | 'QuestionMark'
  | 'EndOfData';

export interface Token {
  type: TokenType;
  /** Identifier/number source text, or the unescaped string literal value. */
  value: string;
  /** Absolute offsets into the whole string value; `end` is exclusive. */
  start: number;
  end: number;
}

const PUNCTUATION: Readonly<Record<string, TokenType>> = {
  '(': 'LeftParenthesis',
  ')': 'RightParenthesis',
  '[': 'LeftSquareBracket',
  ']': 'RightSquareBracket',
  ',': 'Comma',
  '.': 'Dot',
  '?': 'QuestionMark',
};

/** Tokens after which a value (and so a leading `.5` number) may start. */
const VALUE_FOLLOWS: ReadonlySet<TokenType> = new Set<TokenType>([
  'LeftParenthesis',
  'LeftSquareBracket',
  'Comma',
]);

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isWhitespace = (ch: string): boolean => ch !== '' && ch.trim() === '';

function isIdentifierStart(ch: string): boolean {
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === '$') return true;
  // Non-ASCII letters (and surrogate halves) are accepted as identifier text.
  return ch.charCodeAt(0) > 127 && !isWhitespace(ch);
}

const isIdentifierPart = (ch: string): boolean => isIdentifierStart(ch) || isDigit(ch);

/**
 * Turns an expression body into tokens on demand. `offset` is the position
 * of the body inside the whole string value, so token positions (and error
 * positions) are absolute.
 */
export class Scanner {
  private pos = 0;
  private lookahead: Token | undefined;
  private previous: TokenType | undefined;

  constructor(
    readonly text: string,
    readonly offset = 0,
  ) {}

  /** Returns the next token without consuming it. */
  peek(): Token {
    this.lookahead ??= this.scan();
    return this.lookahead;
  }

  /** Consumes and returns the next token. */
  next(): Token {
    const token = this.peek();
    this.lookahead = undefined;
    this.previous = token.type;
    return token;
  }

  /** Builds an error whose message quotes this expression body. */
  error(detail: string, position: number, reason: ExpressionErrorReason): ExpressionError {
    const message = `Unable to parse template language expression ${quoteForMessage(this.text)}; ${detail}`;
    return new ExpressionError(message, position, reason);
  }

  private scan(): Token {
    const text = this.text;
    while (this.pos < text.length && isWhitespace(text[this.pos]!)) this.pos++;
    const start = this.pos;
    if (start >= text.length) return this.token('EndOfData', '', start);

    const ch = text[start]!;
    const next = text[start + 1] ?? '';
    if (ch === "'") return this.scanString(start);
    if (isDigit(ch)) return this.scanNumber(start);
    if ((ch === '-' || ch === '+') && (isDigit(next) || (next === '.' && isDigit(text[start + 2] ?? '')))) {
      return this.scanNumber(start);
    }
    if (ch === '.' && isDigit(next) && (this.previous === undefined || VALUE_FOLLOWS.has(this.previous))) {
      return this.scanNumber(start);
    }
    const punctuation = PUNCTUATION[ch];
    if (punctuation) {
      this.pos = start + 1;
      return this.token(punctuation, ch, start);
    }
    if (isIdentifierStart(ch)) {
      let end = start + 1;
      while (end < text.length && isIdentifierPart(text[end]!)) end++;
      this.pos = end;
      return this.token('Identifier', text.slice(start, end), start);
    }
    throw this.unexpectedCharacter(start);
  }

  /** `'...'` with `''` as the escaped quote. */
  private scanString(start: number): Token {
    const text = this.text;
    let value = '';
    let i = start + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) {
        throw this.error(
          `the string literal starting at position ${this.offset + start} is not terminated.`,
          this.offset + start,
          'UnterminatedString',
        );
      }
      value += text.slice(i, close);
      if (text[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      this.pos = close + 1;
      return this.token('StringLiteral', value, start);
    }
  }

  /** `[+-]? digits? (. digits)? ([eE] [+-]? digits)?` with at least one digit. */
  private scanNumber(start: number): Token {
    const text = this.text;
    let i = start;
    let isFloat = false;
    if (text[i] === '-' || text[i] === '+') i++;
    while (isDigit(text[i] ?? '')) i++;
    if (text[i] === '.' && isDigit(text[i + 1] ?? '')) {
      isFloat = true;
      i++;
      while (isDigit(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      let j = i + 1;
      if (text[j] === '-' || text[j] === '+') j++;
      if (isDigit(text[j] ?? '')) {
        isFloat = true;
        i = j;
        while (isDigit(text[i] ?? '')) i++;
      }
    }
    // `12abc` or `1.` is one malformed token, not a number followed by more.
    if (i < text.length && (isIdentifierPart(text[i]!) || (text[i] === '.' && !isDigit(text[i + 1] ?? '')))) {
      throw this.unexpectedCharacter(i);
    }
    this.pos = i;
    return this.token(isFloat ? 'FloatLiteral' : 'IntegerLiteral', text.slice(start, i), start);
  }

  private unexpectedCharacter(index: number): ExpressionError {
    const ch = this.text[index]!;
    const hint =
      ch === '"'
        ? '; string literals must be wrapped in single quotes'
        : ch === '{' || ch === '}'
          ? "; braces are only valid around a whole interpolation '@{...}'"
          : '';
    return this.error(
      `unexpected character '${ch}' at position ${this.offset + index}${hint}.`,
      this.offset + index,
      'UnexpectedCharacter',
    );
  }

  private token(type: TokenType, value: string, start: number): Token {
    return { type, value, start: this.offset + start, end: this.offset + this.pos };
  }
}
