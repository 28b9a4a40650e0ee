// Workflow JSON values -> DSL values: an IR that prints as TypeScript and, built live, renders back to the
// exact JSON. Every value is checked by rendering it with the DSL before it is used (see `exactValue`).
import { $, type Json, env, quote, renderValue } from '../dsl';
import { type ExprNode, ExpressionError, parseExpression, parseValue, referencesIn } from '../expr';
import { isObject, jsonEqual } from './json';

export type EnvType = 'String' | 'Boolean' | 'Number' | 'JSON';

/** An environment variable a flow reads as `parameters('Display (schema)')`, and its handle in generated code. */
export interface EnvRef {
  readonly id: string;
  readonly schemaName: string;
  readonly type: EnvType;
  /** The workflow parameter name, `Display Name (schema)`. */
  readonly parameter: string;
}

export type V =
  | { k: 'lit'; v: null | boolean | number }
  /** Plain text; the DSL escapes it (`@` -> `@@`) as the export did. */
  | { k: 'str'; s: string }
  | { k: 'raw'; text: string }
  | { k: 'splice'; parts: (string | EnvRef)[] }
  | { k: 'env'; env: EnvRef }
  /** `variables('name')` through the variable's handle: `<id>.value`. */
  | { k: 'var'; id: string; name: string }
  | { k: 'text'; parts: (string | V)[] }
  | { k: 'arr'; items: V[] }
  | { k: 'obj'; entries: [string, V][] };

export interface ValueScope {
  /** The environment variable behind a workflow parameter name, if it is one. */
  env(parameter: string): EnvRef | undefined;
  /** The handle of a variable initialized (typed) before this point, by exact name. */
  variable?(name: string): { id: string; name: string } | undefined;
}

/** Splits a template string into literal text and raw `@{...}` bodies, by the rules of `parseValue`. */
function splitTemplate(value: string): (string | { body: string })[] {
  const parts: (string | { body: string })[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('@{', i);
    if (at < 0) break;
    text += value.slice(i, at);
    if (at > 0 && value[at - 1] === '@') {
      i = at + 1;
      continue;
    }
    let close = -1;
    let inString = false;
    for (let j = at + 2; j < value.length; j++) {
      if (value[j] === "'") inString = !inString;
      else if (value[j] === '}' && !inString) {
        close = j;
        break;
      }
    }
    if (close < 0) throw new ExpressionError('unterminated interpolation', at, 'UnterminatedInterpolation');
    if (text) parts.push(text);
    text = '';
    parts.push({ body: value.slice(at + 2, close) });
    i = close + 1;
  }
  text += value.slice(i);
  if (text) parts.push(text);
  return parts;
}

/** An expression body as IR: env parameters become handles, the rest stays raw text. */
function expressionIr(body: string, scope: ValueScope): V {
  const node: ExprNode = parseExpression(body, 0);
  const spans: { start: number; end: number; env: EnvRef }[] = [];
  for (const r of referencesIn(node)) {
    const e = r.kind === 'parameter' && r.arg !== undefined ? scope.env(r.arg) : undefined;
    // Only where the text is exactly what the DSL renders for the handle.
    if (e && body.slice(r.start, r.end) === `parameters(${quote(e.parameter)})`)
      spans.push({ start: r.start, end: r.end, env: e });
  }
  if (!spans.length) {
    const v =
      node.type === 'call' && node.name === 'variables' && node.args.length === 1 && node.args[0]!.type === 'string'
        ? node.args[0]!.value
        : undefined;
    const handle = v !== undefined && body === `variables(${quote(v)})` ? scope.variable?.(v) : undefined;
    return handle ? { k: 'var', id: handle.id, name: handle.name } : { k: 'raw', text: body };
  }
  if (spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === body.length) return { k: 'env', env: spans[0]!.env };
  const parts: (string | EnvRef)[] = [];
  let at = 0;
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if (s.start > at) parts.push(body.slice(at, s.start));
    parts.push(s.env);
    at = s.end;
  }
  if (at < body.length) parts.push(body.slice(at));
  return { k: 'splice', parts };
}

/** The IR of a JSON value, or undefined when a string is not a valid expression/template. */
export function toIr(json: Json, scope: ValueScope): V | undefined {
  if (json === null || typeof json === 'boolean' || typeof json === 'number') return { k: 'lit', v: json };
  if (Array.isArray(json)) {
    const items = json.map((x) => toIr(x, scope));
    return items.every(Boolean) ? { k: 'arr', items: items as V[] } : undefined;
  }
  if (isObject(json)) {
    const entries: [string, V][] = [];
    for (const [key, x] of Object.entries(json)) {
      const v = toIr(x, scope);
      if (!v) return undefined;
      entries.push([key, v]);
    }
    return { k: 'obj', entries };
  }
  try {
    const parsed = parseValue(json);
    if (parsed.kind === 'literal') return { k: 'str', s: parsed.value };
    if (parsed.kind === 'expression') return expressionIr(json.slice(1), scope);
    const parts = splitTemplate(json).map((p) => (typeof p === 'string' ? p : expressionIr(p.body, scope)));
    return { k: 'text', parts };
  } catch (e) {
    if (e instanceof ExpressionError) return undefined;
    throw e;
  }
}

/** Whether the IR is an expression (usable where the DSL wants `Expr`). */
export const isExprIr = (v: V): boolean => v.k === 'raw' || v.k === 'splice' || v.k === 'env' || v.k === 'var' || v.k === 'text';

const envHandle = (e: EnvRef) =>
  e.type === 'String'
    ? env.string(e.schemaName)
    : e.type === 'Boolean'
      ? env.boolean(e.schemaName)
      : e.type === 'Number'
        ? env.number(e.schemaName)
        : env.json(e.schemaName);

/** The DSL value the generated code builds, built here to check it renders the original JSON. */
export function live(v: V): unknown {
  switch (v.k) {
    case 'lit':
      return v.v;
    case 'str':
      return v.s;
    case 'raw':
      return $.raw(v.text);
    case 'splice': {
      const [strings, holes] = templateOf(v.parts, envHandle);
      return $.raw(strings, ...(holes as never[]));
    }
    case 'env':
      return envHandle(v.env);
    case 'var':
      return $.fn('variables', v.name);
    case 'text': {
      const [strings, holes] = templateOf(v.parts, live);
      return $.text(strings, ...holes);
    }
    case 'arr':
      return v.items.map(live);
    case 'obj':
      return Object.fromEntries(v.entries.map(([k, x]) => [k, live(x)]));
  }
}

/** Resolves parameters the way the compiler does for an env var of this scope. */
export const resolver = (scope: { envBySchema(schemaName: string): EnvRef | undefined }) => (schemaName: string) =>
  scope.envBySchema(schemaName)?.parameter ?? `(${schemaName})`;

/** The IR of `json` when the DSL renders it back exactly; undefined otherwise. */
export function exactValue(json: Json, scope: ValueScope & { envBySchema(s: string): EnvRef | undefined }): V | undefined {
  const v = toIr(json, scope);
  if (!v) return undefined;
  return jsonEqual(renderValue(live(v), resolver(scope)), json) ? v : undefined;
}

/** A string for a TS template literal (`$.text` / `$.raw` parts). */
const templateChunk = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JS string literal. */
export const str = (s: string): string => JSON.stringify(s);

/** A property key in an object literal. */
export const key = (k: string): string => (k === '__proto__' ? `[${str(k)}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));

/** TypeScript source for the IR. */
export function code(v: V): string {
  switch (v.k) {
    case 'lit':
      return v.v === null ? 'null' : String(v.v);
    case 'str':
      return str(v.s);
    case 'raw':
      return `$.raw(${str(v.text)})`;
    case 'splice':
      return `$.raw\`${v.parts.map((p) => (typeof p === 'string' ? templateChunk(p) : `\${${p.id}}`)).join('')}\``;
    case 'env':
      return v.env.id;
    case 'var':
      return `${v.id}.value`;
    case 'text':
      return `$.text\`${v.parts.map((p) => (typeof p === 'string' ? templateChunk(p) : `\${${code(p)}}`)).join('')}\``;
    case 'arr':
      return `[${v.items.map(code).join(', ')}]`;
    case 'obj':
      return `{ ${v.entries.map(([k, x]) => `${key(k)}: ${code(x)}`).join(', ')} }`;
  }
}

/** Code for a value in a position typed narrower than `Value<any>` (loop sources, switch subjects...). */
export const loose = (v: V): string => (isExprIr(v) ? code(v) : `(${code(v)} as any)`);

/** Literal parts and holes as a tagged template's arguments (adjacent literals merged). */
function templateOf<P>(parts: readonly (string | P)[], hole: (p: P) => unknown): [TemplateStringsArray, unknown[]] {
  const strings = Object.assign([] as string[], { raw: [] as string[] });
  const holes: unknown[] = [];
  let text = '';
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      strings.push(text);
      holes.push(hole(p));
      text = '';
    }
  }
  strings.push(text);
  strings.raw.push(...strings);
  return [strings as unknown as TemplateStringsArray, holes];
}
