// JSON text to values the way Json.NET reads it for json(): numbers written
// with a fraction or exponent are floats (`4.0` stays a float), integers
// beyond 2^53 stay exact (int64), and its leniencies are accepted: comments,
// single-quoted strings, unquoted property names and trailing commas.

import { normalizeInteger } from './numbers';
import { setOwn, toFloat, type JsonObject, type Value } from './values';

export class JsonSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const MAX_DEPTH = 512;

class Reader {
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.i);
  }

  skip(): void {
    const t = this.text;
    for (;;) {
      while (this.i < t.length && ' \t\n\r\ufeff'.includes(t[this.i]!)) this.i++;
      if (t.startsWith('//', this.i)) {
        const end = t.indexOf('\n', this.i);
        this.i = end < 0 ? t.length : end;
      } else if (t.startsWith('/*', this.i)) {
        const end = t.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('unterminated comment');
        this.i = end + 2;
      } else return;
    }
  }

  document(): Value {
    this.skip();
    const value = this.value();
    this.skip();
    if (this.i < this.text.length) this.fail(`unexpected '${this.text[this.i]}' after the JSON value`);
    return value;
  }

  private value(): Value {
    if (++this.depth > MAX_DEPTH) this.fail('the JSON is nested too deeply');
    try {
      const ch = this.text[this.i];
      if (ch === '{') return this.object();
      if (ch === '[') return this.array();
      if (ch === '"' || ch === "'") return this.string();
      if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
      for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
        if (this.text.startsWith(word, this.i)) {
          this.i += word.length;
          return value;
        }
      }
      return this.fail(ch === undefined ? 'unexpected end of the JSON text' : `unexpected '${ch}'`);
    } finally {
      this.depth--;
    }
  }

  private object(): JsonObject {
    const out: JsonObject = {};
    this.i++;
    for (this.skip(); this.text[this.i] !== '}'; this.skip()) {
      const ch = this.text[this.i];
      const key = ch === '"' || ch === "'" ? this.string() : this.identifier();
      this.skip();
      if (this.text[this.i] !== ':') this.fail("expected ':'");
      this.i++;
      this.skip();
      setOwn(out, key, this.value());
      this.skip();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] !== '}') this.fail("expected ',' or '}'");
    }
    this.i++;
    return out;
  }

  private array(): Value[] {
    const out: Value[] = [];
    this.i++;
    for (this.skip(); this.text[this.i] !== ']'; this.skip()) {
      out.push(this.value());
      this.skip();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] !== ']') this.fail("expected ',' or ']'");
    }
    this.i++;
    return out;
  }

  private identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.i, this.i + 256));
    if (!match) this.fail('expected a property name');
    this.i += match[0].length;
    return match[0];
  }

  private string(): string {
    const quote = this.text[this.i++]!;
    let out = '';
    for (;;) {
      const ch = this.text[this.i++];
      if (ch === undefined) this.fail('unterminated string');
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const escape = this.text[this.i++] ?? '';
      if (escape === 'u') {
        const hex = this.text.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 4;
      } else if (ESCAPES[escape] !== undefined) out += ESCAPES[escape];
      else this.fail(`invalid escape '\\${escape}'`);
    }
  }

  private number(): Value {
    const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) this.fail('invalid number');
    this.i += match[0].length;
    const raw = match[0];
    const n = Number(raw);
    if (!Number.isFinite(n)) this.fail('the number is out of the range of doubles');
    if (match[1] || match[2]) return toFloat(n);
    return Number.isSafeInteger(n) ? n : (normalizeInteger(BigInt(raw)) ?? toFloat(n));
  }
}

/** Parses JSON text as Json.NET does; throws JsonSyntaxError with a position. */
export function parseJson(text: string): Value {
  return new Reader(text).document();
}
