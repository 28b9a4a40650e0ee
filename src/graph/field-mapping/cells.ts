// Table cells: a Dynamics 365 column (logical name, display name, or the environment variable naming it), the
// fields an expression reads, and the rule that makes the value.
import type { ExprNode } from '../../dsl';
import type { Context } from './context';
import { code } from './markdown';
import { type FieldPath, pathOf, pathText, sourcesOf } from './paths';
import { type Glossary, shortForm, unguarded } from './short-form';
import type { Side } from './symbols';

/** `column named by cosell_dealvaluecolumn (Deal Value Column, default estimatedvalue)`. */
export function variableColumn(schemaName: string, ctx: Context): string {
  const v = ctx.names.variable(schemaName);
  const about = [v?.displayName, v?.defaultValue !== undefined ? `default ${code(String(v.defaultValue))}` : undefined].filter(Boolean);
  return `the column named by ${code(schemaName)}${about.length ? ` (${about.join(', ')})` : ''}`;
}

/** A column of `table`, by logical name (with its display name when the solution declares it). */
export function columnCell(table: string, key: string | ExprNode, ctx: Context): string {
  if (typeof key !== 'string') return key.k === 'param' ? variableColumn(key.schemaName, ctx) : code(shortForm(key, ctx));
  const lookup = key.endsWith('@odata.bind');
  const name = key.replace(/@odata\.bind$/, '');
  const display = ctx.names.column(table, name);
  return `${code(name)}${display ? ` (${display})` : ''}${lookup ? ' (lookup)' : ''}`;
}

/** A Dynamics 365 field path: `opportunity.cosell_microsofthelp (How can Microsoft help?)`, lookups followed. */
function dynamicsPath(p: FieldPath, ctx: Context): string {
  let table = p.root.label;
  const last = p.segments[p.segments.length - 1];
  for (const s of p.segments.slice(0, -1)) if (typeof s === 'string') table = ctx.names.lookupTarget(table, s) ?? table;
  if (last !== undefined && typeof last !== 'string') return `${code(p.root.label)}: ${variableColumn(last.param, ctx)}`;
  const display = typeof last === 'string' ? ctx.names.column(table, last) : undefined;
  return `${code(pathText(p))}${display ? ` (${display})` : ''}`;
}

/** The fields of one side an expression reads, comma-separated; `—` for none. */
export function sourcesCell(value: ExprNode, side: Side, ctx: Context): string {
  const paths = sourcesOf(value, ctx.symbols)[side];
  if (!paths.length) return '—';
  return paths.map((p) => (side === 'dynamics' ? dynamicsPath(p, ctx) : code(pathText(p)))).join(', ');
}

/** A constant, with its option label when the column is a choice: `620180001` (Visible). */
function constant(n: ExprNode & { k: 'lit' }, ctx: Context, column?: { table: string; key: string }): string {
  const option = column && typeof n.v === 'number' ? ctx.names.options(column.table, column.key).find((o) => o.value === n.v) : undefined;
  return `${code(shortForm(n, ctx))}${option ? ` (${option.label})` : ''}`;
}

/** How the value is made: the builder's description, "same value" for a copied field, or its short form. */
export function ruleCell(value: ExprNode, ctx: Context, glossary: Glossary, column?: { table: string; key: string }, when?: ExprNode): string {
  const made = ctx.made(value);
  const n = unguarded(value);
  let rule: string;
  if (made) rule = made.description;
  else if (pathOf(n, ctx.symbols)) rule = copied(pathOf(n, ctx.symbols)!);
  else if (n.k === 'lit') rule = `always ${constant(n, ctx, column)}`;
  else if (n.k === 'get' && ctx.made(n.target)) rule = `${code(String(n.key))} of ${ctx.made(n.target)!.description}`;
  else rule = code(shortForm(n, ctx, glossary));
  return when ? `${rule}; only when ${conditionText(when, ctx, glossary)}` : rule;
}

/** A value copied from a field; a bare symbol is what it stands for. */
function copied(p: FieldPath): string {
  if (p.segments.length) return 'same value';
  return p.root.side === 'value' ? `the ${p.root.label}` : `the ${p.root.label} rows`;
}

/** An operand of a condition: its path, or its short form when short, or else the fields it reads. */
function operand(n: ExprNode, ctx: Context, glossary: Glossary): string {
  const path = pathOf(unguarded(n), ctx.symbols);
  if (path) return code(pathText(path));
  if (ctx.made(n)) return code(shortForm(n, ctx, glossary));
  const short = shortForm(n, ctx);
  if (short.length <= 48) return code(shortForm(n, ctx, glossary));
  const sources = sourcesOf(n, ctx.symbols);
  const all = [...sources.dynamics, ...sources.partnerCenter, ...sources.value];
  return all.length ? all.map((p) => code(pathText(p))).join(', ') : code(short);
}

/** A condition in words where it has a common shape (`X is not empty`, `X is true`, `A differs from B`). */
export function conditionText(when: ExprNode, ctx: Context, glossary: Glossary): string {
  const n = unguarded(when);
  const argsOf = (x: ExprNode, fn: string) => (x.k === 'call' && x.fn === fn ? x.args : undefined);
  const list = (xs: ExprNode[], sep: string) => xs.map((a) => conditionText(a, ctx, glossary)).join(sep);
  if (ctx.made(when)) return code(shortForm(when, ctx, glossary));
  const and = argsOf(n, 'and');
  if (and) return list(and, ' and ');
  const or = argsOf(n, 'or');
  if (or) return `(${list(or, ' or ')})`;
  const empty = argsOf(n, 'empty');
  if (empty) return `${operand(empty[0]!, ctx, glossary)} is empty`;
  const equals = argsOf(n, 'equals');
  if (equals) return `${operand(equals[0]!, ctx, glossary)} is ${operand(equals[1]!, ctx, glossary)}`;
  const not = argsOf(n, 'not');
  if (not) {
    const inner = unguarded(not[0]!);
    const innerEmpty = argsOf(inner, 'empty');
    if (innerEmpty) return `${operand(innerEmpty[0]!, ctx, glossary)} is not empty`;
    const innerEquals = argsOf(inner, 'equals');
    if (innerEquals) {
      const [a, b] = innerEquals as [ExprNode, ExprNode];
      return unguarded(b).k === 'lit'
        ? `${operand(a, ctx, glossary)} is not ${operand(b, ctx, glossary)}`
        : `${operand(a, ctx, glossary)} differs from ${operand(b, ctx, glossary)}`;
    }
    return `not (${conditionText(inner, ctx, glossary)})`;
  }
  return code(shortForm(n, ctx, glossary));
}
