// Evaluates workflow string values: `@expr` returns any value, `@{...}`
// templates return text, anything else is literal text. Expressions are
// compiled once into closures and cached by their source string.

import { canonicalName, type ExprNode, type Member, type NumberLit, type ParsedValue } from './ast';
import { checkCalls, lookupFunction } from './catalog';
import type { EvaluationContext } from './context';
import { EvaluationError, ExpressionError, quoteForMessage } from './errors';
import type { CallSite } from './functions/args';
import { FUNCTIONS, LAZY_FUNCTIONS } from './functions/index';
import { normalizeInteger } from './numbers';
import { parseValue } from './parser';
import { selectProperty } from './select';
import { isObject, setOwn, toFloat, toText, type JsonObject, type Value } from './values';

export type Compiled = (ctx: EvaluationContext) => Value;

/** Calls whose outputs accept connector slash paths, e.g. `outputs('X')?['body/value']`. */
const PATH_BASES = new Set([
  'outputs', 'actionoutputs', 'body', 'actionbody', 'triggeroutputs', 'triggerbody', 'trigger', 'actions', 'action',
]);

const EMPTY: Value[] = [];

function numberLiteral(node: NumberLit): Value {
  if (!node.isInteger) return toFloat(node.value);
  if (Number.isSafeInteger(node.value)) return node.value;
  return normalizeInteger(BigInt(node.raw)) ?? node.value;
}

function compileMember(node: Member, source: string): Compiled {
  const object = compileNode(node.object, source);
  const pathBase = node.object.type === 'call' && PATH_BASES.has(canonicalName(node.object));
  const access = { node, source, optional: node.optional, pathBase };
  if (node.property.type === 'string') {
    const key = node.property.value;
    return (ctx) => selectProperty(object(ctx), key, access);
  }
  const property = compileNode(node.property, source);
  return (ctx) => selectProperty(object(ctx), property(ctx), access);
}

function compileNode(node: ExprNode, source: string): Compiled {
  switch (node.type) {
    case 'string':
    case 'boolean': {
      const value = node.value;
      return () => value;
    }
    case 'null':
      return () => null;
    case 'number': {
      const value = numberLiteral(node);
      return () => value;
    }
    case 'member':
      return compileMember(node, source);
    case 'call':
      break;
  }
  const info = lookupFunction(node.name)!;
  const key = canonicalName(node);
  const site: CallSite = { name: info.name, maxArgs: info.maxArgs, node };
  const args = node.args.map((arg) => compileNode(arg, source));
  const lazy = LAZY_FUNCTIONS[key];
  if (lazy) return (ctx) => lazy(args.map((arg) => () => arg(ctx)), site, ctx);
  const fn = FUNCTIONS[key];
  if (!fn) {
    throw new ExpressionError(`The template language function '${info.name}' is not supported by this engine.`, node.start, 'UnknownFunction');
  }
  if (args.length === 0) return (ctx) => fn(EMPTY, site, ctx);
  if (args.length === 1) {
    const [a] = args as [Compiled];
    return (ctx) => fn([a(ctx)], site, ctx);
  }
  if (args.length === 2) {
    const [a, b] = args as [Compiled, Compiled];
    return (ctx) => fn([a(ctx), b(ctx)], site, ctx);
  }
  return (ctx) => fn(args.map((arg) => arg(ctx)), site, ctx);
}

/** Turns anything but an ExpressionError into an InternalError located at `position`. */
function guard(compiled: Compiled, position: number, source: string): Compiled {
  return (ctx) => {
    try {
      return compiled(ctx);
    } catch (error) {
      if (error instanceof ExpressionError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new EvaluationError(
        `Internal error while evaluating ${quoteForMessage(source)}: ${detail}`,
        position,
        'InternalError',
      );
    }
  };
}

/**
 * Compiles a parsed string value. `source` is the original string, quoted in
 * error messages. Throws ExpressionError for unknown functions or arity.
 */
export function compileParsed(parsed: ParsedValue, source = ''): Compiled {
  const problem = checkCalls(parsed)[0];
  if (problem) throw problem;
  if (parsed.kind === 'literal') {
    const text = parsed.value;
    return () => text;
  }
  if (parsed.kind === 'expression') return guard(compileNode(parsed.expr, source), parsed.expr.start, source);
  const parts = parsed.parts.map((part) => (typeof part === 'string' ? part : compileNode(part, source)));
  return guard(
    (ctx) => {
      let text = '';
      for (const part of parts) text += typeof part === 'string' ? part : toText(part(ctx));
      return text;
    },
    0,
    source,
  );
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, Compiled>();

/** Parses and compiles a string value, caching the result by its text. */
export function compileValue(value: string): Compiled {
  let compiled = cache.get(value);
  if (!compiled) {
    compiled = compileParsed(parseValue(value), value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(value, compiled);
  }
  return compiled;
}

/** Evaluates one workflow string value, e.g. `@concat('a', 'b')` or `Hi @{toUpper('x')}`. */
export function evaluateValue(value: string, ctx: EvaluationContext = {}): Value {
  return compileValue(value)(ctx);
}

/** Evaluates every string inside a JSON structure (action inputs), leaving other values as they are. */
export function evaluateJson(json: Value, ctx: EvaluationContext = {}): Value {
  if (typeof json === 'string') return evaluateValue(json, ctx);
  if (Array.isArray(json)) return json.map((item) => evaluateJson(item, ctx));
  if (isObject(json)) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(json)) {
      setOwn(out, evaluateKey(key, ctx), evaluateJson(item, ctx));
    }
    return out;
  }
  return json;
}

function evaluateKey(key: string, ctx: EvaluationContext): string {
  return key.includes('@') ? toText(evaluateValue(key, ctx)) : key;
}
