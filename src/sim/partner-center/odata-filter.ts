// The OData `$filter` subset the Referrals API documents: comparisons (eq ne gt ge lt le) on top-level and
// nested properties (`customerProfile/address/country`), `and`, `or`, `not`, parentheses, and the lambda
// `team/any(t:t/email eq '...')`. Literals: 'strings' ('' escapes a quote), numbers, true/false/null,
// unquoted date-times (`updatedDateTime ge 2024-01-01T00:00:00Z`) and GUIDs. Anything else is a 400.
import { invalid } from './errors';
import type { ReferralJson } from './types';

type Literal = { kind: 'literal'; value: string | number | boolean | null; dateTime?: boolean };
type Path = { kind: 'path'; segments: string[] };
type Node =
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'not'; operand: Node }
  | { kind: 'compare'; op: string; left: Path | Literal; right: Path | Literal }
  | { kind: 'any'; path: Path; variable: string; predicate: Node | undefined };

export type Predicate = (row: ReferralJson) => boolean;

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;

type Token = { t: 'str' | 'num' | 'date' | 'guid' | 'word' | 'path' | '(' | ')' | ',' | ':'; v: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if ('(),:'.includes(c)) (out.push({ t: c as '(', v: c }), i++);
    else if (c === "'") {
      let v = '';
      for (i++; ; i++) {
        if (i >= text.length) throw invalid(`Unterminated string literal in $filter: ${text}`, '$filter');
        if (text[i] === "'" && text[i + 1] === "'") ((v += "'"), i++);
        else if (text[i] === "'") break;
        else v += text[i];
      }
      i++;
      out.push({ t: 'str', v });
    } else {
      const rest = text.slice(i);
      const m =
        GUID.exec(rest) ??
        DATE_TIME.exec(rest) ??
        /^-?\d+(\.\d+)?/.exec(rest) ??
        /^[A-Za-z_@][\w.@]*(\/[A-Za-z_][\w]*)*/.exec(rest);
      if (!m) throw invalid(`Syntax error at position ${i} in $filter: ${text}`, '$filter');
      const v = m[0];
      const t = GUID.test(v)
        ? 'guid'
        : DATE_TIME.test(v) && v.includes('-')
          ? 'date'
          : /^-?\d/.test(v)
            ? 'num'
            : v.includes('/')
              ? 'path'
              : 'word';
      out.push({ t, v });
      i += v.length;
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
    private readonly variables: Set<string> = new Set(),
  ) {}

  parse(): Node {
    const node = this.or();
    if (this.i < this.tokens.length) this.fail(`unexpected '${this.tokens[this.i]!.v}'`);
    return node;
  }

  private fail(why: string): never {
    throw invalid(`Invalid $filter (${why}): ${this.text}`, '$filter');
  }
  private peek = () => this.tokens[this.i];
  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) this.fail('unexpected end');
    return t;
  }
  private isWord = (v: string) => this.peek()?.t === 'word' && this.peek()!.v === v;

  private or(): Node {
    let left = this.and();
    while (this.isWord('or')) (this.i++, (left = { kind: 'or', left, right: this.and() }));
    return left;
  }
  private and(): Node {
    let left = this.unary();
    while (this.isWord('and')) (this.i++, (left = { kind: 'and', left, right: this.unary() }));
    return left;
  }
  private unary(): Node {
    if (this.isWord('not')) return (this.i++, { kind: 'not', operand: this.unary() });
    if (this.peek()?.t === '(') {
      this.i++;
      const inner = this.or();
      if (this.next().t !== ')') this.fail("missing ')'");
      return inner;
    }
    const left = this.operand();
    if (left.kind === 'path' && this.peek()?.t === '(' && left.segments.at(-1) === 'any') return this.any(left);
    const op = this.next();
    if (op.t !== 'word' || !COMPARISONS.has(op.v)) this.fail(`unsupported operator '${op.v}'`);
    return { kind: 'compare', op: op.v, left, right: this.operand() };
  }
  private any(path: Path): Node {
    this.i++; // (
    const collection: Path = { kind: 'path', segments: path.segments.slice(0, -1) };
    if (this.peek()?.t === ')')
      return (this.i++, { kind: 'any', path: collection, variable: '', predicate: undefined });
    const variable = this.next();
    if (variable.t !== 'word' || this.next().t !== ':')
      this.fail('any() needs a lambda variable, e.g. any(t:t/email eq ...)');
    this.variables.add(variable.v);
    const predicate = this.or();
    if (this.next().t !== ')') this.fail("missing ')' after any()");
    return { kind: 'any', path: collection, variable: variable.v, predicate };
  }
  private operand(): Path | Literal {
    const t = this.next();
    switch (t.t) {
      case 'str':
      case 'guid':
        return { kind: 'literal', value: t.v };
      case 'date':
        return { kind: 'literal', value: t.v, dateTime: true };
      case 'num':
        return { kind: 'literal', value: Number(t.v) };
      case 'word':
        if (t.v === 'true' || t.v === 'false') return { kind: 'literal', value: t.v === 'true' };
        if (t.v === 'null') return { kind: 'literal', value: null };
        return { kind: 'path', segments: [t.v] };
      case 'path':
        return { kind: 'path', segments: t.v.split('/') };
      default:
        this.fail(`unexpected '${t.v}'`);
    }
  }
}

type Scope = Record<string, unknown>;

function resolve(operand: Path | Literal, row: ReferralJson, scope: Scope): unknown {
  if (operand.kind === 'literal') return operand.value;
  const [head, ...rest] = operand.segments;
  let value: unknown = head! in scope ? scope[head!] : row[head!];
  for (const segment of rest)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value ?? null;
}

function compare(op: string, a: unknown, b: unknown, dateTime: boolean): boolean {
  if (dateTime && typeof a === 'string' && typeof b === 'string') ((a = Date.parse(a)), (b = Date.parse(b)));
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null || typeof a !== typeof b) return false;
  const x = a as number | string;
  const y = b as number | string;
  return op === 'gt' ? x > y : op === 'ge' ? x >= y : op === 'lt' ? x < y : x <= y;
}

function evaluate(node: Node, row: ReferralJson, scope: Scope): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, row, scope) && evaluate(node.right, row, scope);
    case 'or':
      return evaluate(node.left, row, scope) || evaluate(node.right, row, scope);
    case 'not':
      return !evaluate(node.operand, row, scope);
    case 'compare': {
      const dateTime = [node.left, node.right].some((o) => o.kind === 'literal' && o.dateTime === true);
      return compare(node.op, resolve(node.left, row, scope), resolve(node.right, row, scope), dateTime);
    }
    case 'any': {
      const items = resolve(node.path, row, scope);
      if (!Array.isArray(items)) return false;
      if (!node.predicate) return items.length > 0;
      return items.some((item) => evaluate(node.predicate!, row, { ...scope, [node.variable]: item }));
    }
  }
}

function checkPaths(node: Node, known: ReadonlySet<string>, variables: Set<string>, text: string): void {
  const check = (o: Path | Literal) => {
    if (o.kind === 'path' && !variables.has(o.segments[0]!) && !known.has(o.segments[0]!)) {
      throw invalid(
        `Could not find a property named '${o.segments[0]}' on type 'Referral' in $filter: ${text}`,
        '$filter',
      );
    }
  };
  switch (node.kind) {
    case 'and':
    case 'or':
      checkPaths(node.left, known, variables, text);
      return checkPaths(node.right, known, variables, text);
    case 'not':
      return checkPaths(node.operand, known, variables, text);
    case 'compare':
      return (check(node.left), check(node.right));
    case 'any':
      check(node.path);
      if (node.predicate) checkPaths(node.predicate, known, new Set([...variables, node.variable]), text);
  }
}

/** Parses `$filter`; throws a 400 ServiceError on a syntax error or an unknown top-level property. */
export function parseFilter(text: string, knownProperties: ReadonlySet<string>): Predicate {
  const node = new Parser(tokenize(text), text).parse();
  checkPaths(node, knownProperties, new Set(), text);
  return (row) => evaluate(node, row, {});
}
