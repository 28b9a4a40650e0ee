// The literal text of workflow string values: plain strings, template text and string literals inside expressions.
import type { ExprNode } from '../../expr/ast';
import { parseValue } from '../../expr/parser';
import { walk } from '../../expr/walk';
import { stringsOf } from '../../compile/checks/expressions';

/** literalTexts by value: rules ask for the same values (and flows repeat them); results are only read. */
const texts = new Map<string, readonly string[]>();

/** Literal pieces of one JSON string value; a value that does not parse counts as literal text. */
export function literalTexts(value: string): readonly string[] {
  let out = texts.get(value);
  if (!out) {
    out = textsOf(value);
    if (texts.size >= 50_000) texts.clear();
    texts.set(value, out);
  }
  return out;
}

function textsOf(value: string): string[] {
  let parsed;
  try {
    parsed = parseValue(value);
  } catch {
    return [value];
  }
  if (parsed.kind === 'literal') return [parsed.value];
  const out: string[] = [];
  const roots: ExprNode[] = [];
  if (parsed.kind === 'expression') roots.push(parsed.expr);
  else for (const p of parsed.parts) typeof p === 'string' ? out.push(p) : roots.push(p);
  for (const root of roots) walk(root, (n) => void (n.type === 'string' && out.push(n.value)));
  return out;
}

/** Whether a string value is plain text, without any expression. */
export function isPlainLiteral(value: string): boolean {
  try {
    return parseValue(value).kind === 'literal';
  } catch {
    return false;
  }
}

/** Fields no rule about values looks into: the designer description and JSON schemas (data shapes, not values). */
const NOT_VALUES = /^description$|(^|\.)schema(\.|\[|$)/;

/** valuesOf by action or trigger JSON: several rules walk the same JSON, which is not changed while linting. */
const values = new WeakMap<object, readonly { field: string; value: string }[]>();

/** Every string (with its field) of an action's or trigger's own members, descriptions and schemas excluded. */
export function valuesOf(json: unknown): readonly { field: string; value: string }[] {
  const cached = json !== null && typeof json === 'object' ? values.get(json) : undefined;
  if (cached) return cached;
  const out: { field: string; value: string }[] = [];
  for (const s of stringsOf(json)) if (!NOT_VALUES.test(s.field)) out.push(s);
  if (json !== null && typeof json === 'object') values.set(json, out);
  return out;
}
