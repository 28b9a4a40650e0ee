// $filter text -> syntax tree: eq ne gt ge lt le, and or not, parentheses, contains/startswith/endswith, and
// literals ('text' with '' for a quote, numbers, true/false/null, bare GUIDs, dates, date-times).
import { errors } from '../errors';

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FunctionName = 'contains' | 'startswith' | 'endswith';
export type LiteralType =
  'Edm.String' | 'Edm.Int32' | 'Edm.Decimal' | 'Edm.Boolean' | 'Edm.Guid' | 'Edm.Date' | 'Edm.DateTimeOffset' | 'null';

export type Operand =
  { k: 'prop'; name: string; pos: number } | { k: 'lit'; type: LiteralType; value: unknown; pos: number };

export type FilterNode =
  | { k: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { k: 'not'; operand: FilterNode }
  | { k: 'cmp'; op: CompareOp; left: Operand; right: Operand }
  | { k: 'fn'; name: FunctionName; args: Operand[]; pos: number }
  /** A bare Boolean operand used as a condition (`cosell_syncwithpartnercenter`, `true`). */
  | { k: 'bool'; operand: Operand };

interface Token {
  t: 'str' | 'num' | 'guid' | 'date' | 'datetime' | 'ident' | '(' | ')' | ',';
  v: string;
  pos: number;
}

const PATTERNS: [Token['t'], RegExp][] = [
  ['guid', /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/],
  ['datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})(?![\w])/],
  ['date', /^\d{4}-\d{2}-\d{2}(?![\w-])/],
  ['num', /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdD]?(?![\w])/],
  ['ident', /^[A-Za-z_][A-Za-z0-9_.]*/],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let v = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw errors.unterminated(i, text);
        if (text[j] === "'") {
          if (text[j + 1] === "'") ((v += "'"), (j += 2));
          else break;
        } else v += text[j++];
      }
      tokens.push({ t: 'str', v, pos: i });
      i = j + 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch, v: ch, pos: i++ });
    } else {
      const rest = text.slice(i);
      const hit = PATTERNS.map(([t, re]) => [t, re.exec(rest)] as const).find(([, m]) => m);
      if (!hit) throw errors.syntax(i, text);
      tokens.push({ t: hit[0], v: hit[1]![0], pos: i });
      i += hit[1]![0].length;
    }
  }
  return tokens;
}

const COMPARE = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (w: string) => peek()?.t === 'ident' && peek()!.v === w;
  const fail = (): never => {
    throw errors.syntax(peek()?.pos ?? text.length, text);
  };
  const expect = (t: Token['t']) => (peek()?.t === t ? tokens[i++]! : fail());

  const operand = (): Operand => {
    const tok = peek() ?? fail();
    i++;
    switch (tok.t) {
      case 'str':
        return { k: 'lit', type: 'Edm.String', value: tok.v, pos: tok.pos };
      case 'guid':
        return { k: 'lit', type: 'Edm.Guid', value: tok.v.toLowerCase(), pos: tok.pos };
      case 'date':
        return { k: 'lit', type: 'Edm.Date', value: tok.v, pos: tok.pos };
      case 'datetime':
        return { k: 'lit', type: 'Edm.DateTimeOffset', value: tok.v, pos: tok.pos };
      case 'num': {
        const decimal = /[.eEmMdD]/.test(tok.v);
        return {
          k: 'lit',
          type: decimal ? 'Edm.Decimal' : 'Edm.Int32',
          value: Number(tok.v.replace(/[mMdD]$/, '')),
          pos: tok.pos,
        };
      }
      case 'ident':
        if (tok.v === 'true' || tok.v === 'false')
          return { k: 'lit', type: 'Edm.Boolean', value: tok.v === 'true', pos: tok.pos };
        if (tok.v === 'null') return { k: 'lit', type: 'null', value: null, pos: tok.pos };
        return { k: 'prop', name: tok.v, pos: tok.pos };
      default:
        i--;
        return fail();
    }
  };

  const primary = (): FilterNode => {
    if (peek()?.t === '(') {
      i++;
      const inner = or();
      expect(')');
      return inner;
    }
    const tok = peek() ?? fail();
    if (tok.t === 'ident' && tokens[i + 1]?.t === '(') {
      if (tok.v.startsWith('Microsoft.Dynamics.CRM.')) throw errors.notModelled(`the query function ${tok.v}`);
      if (!FUNCTIONS.has(tok.v)) {
        throw errors.badRequest(
          `An unknown function with name '${tok.v}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`,
        );
      }
      i += 2;
      const args = [operand()];
      while (peek()?.t === ',') (i++, args.push(operand()));
      expect(')');
      return { k: 'fn', name: tok.v as FunctionName, args, pos: tok.pos };
    }
    const left = operand();
    const op = peek();
    if (op?.t === 'ident' && COMPARE.has(op.v)) {
      i++;
      return { k: 'cmp', op: op.v as CompareOp, left, right: operand() };
    }
    return { k: 'bool', operand: left };
  };

  const unary = (): FilterNode => {
    if (isWord('not')) {
      i++;
      return { k: 'not', operand: unary() };
    }
    return primary();
  };
  const and = (): FilterNode => {
    let left = unary();
    while (isWord('and')) (i++, (left = { k: 'and', left, right: unary() }));
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (isWord('or')) (i++, (left = { k: 'or', left, right: and() }));
    return left;
  };

  if (!tokens.length) fail();
  const tree = or();
  if (i < tokens.length) fail();
  return tree;
}
