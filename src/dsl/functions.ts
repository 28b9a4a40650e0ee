// `$`: typed builders for Workflow Definition Language functions.
import { type Expr, type ExprNode, type Value, exprOf, toNode } from './expr';
import { type Ref, ref } from './ref';

const call = <T>(fn: string, ...args: unknown[]): Ref<T> => ref<T>({ k: 'call', fn, args: args.map(toNode) });

type Text = Value<string>;
type Num = Value<number>;
type Any = Value<unknown>;
type List<T = unknown> = Value<readonly T[]>;

export const $ = {
  /** Interpolated text: $.text`Referral ${id} updated` renders "Referral @{...} updated". */
  text(strings: TemplateStringsArray, ...values: unknown[]): Expr<string> {
    const parts: (string | ExprNode)[] = [];
    // Plain strings join the literal text around them, as the designer writes `accounts(@{id})`.
    const text = (s: string) => {
      if (!s) return;
      const last = parts.length - 1;
      if (typeof parts[last] === 'string') parts[last] += s;
      else parts.push(s);
    };
    strings.forEach((s, i) => {
      text(s);
      if (i >= values.length) return;
      const v = values[i];
      if (typeof v === 'string') text(v);
      else parts.push(toNode(v));
    });
    return exprOf<string>({ k: 'template', parts });
  },
  /** A literal value, e.g. `$.lit(null)` for an expression that is just `@null`. */
  lit: <T extends null | boolean | number | string>(v: T): Expr<T> => exprOf<T>({ k: 'lit', v }),
  /**
   * Escape hatch: raw WDL text (without `@`). It is parsed and checked at build time. As a tagged template,
   * expressions spliced in render in place, so `$.raw\`add(${env.number('x_days')}, 1)\`` still declares the parameter.
   */
  raw: <T = any>(text: string | TemplateStringsArray, ...values: Expr[]): Ref<T> => {
    if (typeof text === 'string') return ref<T>({ k: 'raw', text });
    const parts: (string | ExprNode)[] = [];
    text.forEach((s, i) => {
      if (s) parts.push(s);
      if (i < values.length) parts.push(toNode(values[i]));
    });
    return ref<T>({ k: 'splice', parts });
  },
  /** Any documented function by name; arity and name are checked at build time. */
  fn: <T = any>(name: string, ...args: unknown[]): Ref<T> => call<T>(name, ...args),

  // Logical
  equals: (a: Any, b: Any) => call<boolean>('equals', a, b),
  and: (...xs: Value<boolean>[]) => call<boolean>('and', ...xs),
  or: (...xs: Value<boolean>[]) => call<boolean>('or', ...xs),
  not: (x: Value<boolean>) => call<boolean>('not', x),
  greater: (a: Any, b: Any) => call<boolean>('greater', a, b),
  greaterOrEquals: (a: Any, b: Any) => call<boolean>('greaterOrEquals', a, b),
  less: (a: Any, b: Any) => call<boolean>('less', a, b),
  lessOrEquals: (a: Any, b: Any) => call<boolean>('lessOrEquals', a, b),
  if: <T>(cond: Value<boolean>, yes: Value<T>, no: Value<T>) => call<T>('if', cond, yes, no),

  // Collections and strings
  empty: (x: Any) => call<boolean>('empty', x),
  contains: (collection: Any, value: Any) => call<boolean>('contains', collection, value),
  length: (x: Any) => call<number>('length', x),
  first: <T>(xs: List<T>) => call<T>('first', xs),
  last: <T>(xs: List<T>) => call<T>('last', xs),
  skip: <T>(xs: List<T>, n: Num) => call<T[]>('skip', xs, n),
  take: <T>(xs: List<T>, n: Num) => call<T[]>('take', xs, n),
  union: <T>(...xs: List<T>[]) => call<T[]>('union', ...xs),
  createArray: <T>(...xs: Value<T>[]) => call<T[]>('createArray', ...xs),
  join: (xs: List, sep: Text) => call<string>('join', xs, sep),
  concat: (...xs: Any[]) => call<string>('concat', ...xs),
  split: (s: Text, sep: Text) => call<string[]>('split', s, sep),
  replace: (s: Text, find: Text, by: Text) => call<string>('replace', s, find, by),
  substring: (s: Text, start: Num, len?: Num) =>
    len === undefined ? call<string>('substring', s, start) : call<string>('substring', s, start, len),
  toLower: (s: Text) => call<string>('toLower', s),
  toUpper: (s: Text) => call<string>('toUpper', s),
  trim: (s: Text) => call<string>('trim', s),
  indexOf: (s: Text, find: Text) => call<number>('indexOf', s, find),
  startsWith: (s: Text, find: Text) => call<boolean>('startsWith', s, find),
  endsWith: (s: Text, find: Text) => call<boolean>('endsWith', s, find),
  coalesce: <T>(...xs: Value<T | null | undefined>[]) => call<T>('coalesce', ...xs),

  // Conversion
  string: (x: Any) => call<string>('string', x),
  int: (x: Any) => call<number>('int', x),
  float: (x: Any) => call<number>('float', x),
  bool: (x: Any) => call<boolean>('bool', x),
  json: <T = any>(x: Any) => call<T>('json', x),
  base64: (x: Text) => call<string>('base64', x),
  encodeUriComponent: (x: Text) => call<string>('encodeUriComponent', x),

  // Math
  add: (a: Num, b: Num) => call<number>('add', a, b),
  sub: (a: Num, b: Num) => call<number>('sub', a, b),
  mul: (a: Num, b: Num) => call<number>('mul', a, b),
  div: (a: Num, b: Num) => call<number>('div', a, b),

  // Date and time
  utcNow: (format?: Text) => (format === undefined ? call<string>('utcNow') : call<string>('utcNow', format)),
  addDays: (ts: Text, days: Num) => call<string>('addDays', ts, days),
  addMinutes: (ts: Text, minutes: Num) => call<string>('addMinutes', ts, minutes),
  formatDateTime: (ts: Text, format: Text) => call<string>('formatDateTime', ts, format),
  guid: () => call<string>('guid'),

  // Workflow
  workflow: () => call<any>('workflow'),
  result: (scope: { readonly name: string }) => call<unknown[]>('result', scope.name),
  null: exprOf<null>({ k: 'lit', v: null }),
};
