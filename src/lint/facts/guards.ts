// Loop guards: text that can tell a flow's own write apart from a user's change.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether any of `texts` (trigger conditions, a filter expression, an enclosing condition) reads who modified the row
 * (`modifiedby`, `modifiedonbehalfby`) or one of the `columns` a write sets (a sync marker, or compare-before-write).
 */
export function guards(texts: ReadonlyArray<string | undefined>, columns: readonly string[]): boolean {
  const all = texts.filter((t): t is string => typeof t === 'string').join('\n').toLowerCase();
  if (!all) return false;
  if (/modified(on)?by|modifiedonbehalfby/.test(all)) return true;
  return columns.some((c) => columnPattern(c).test(all));
}

/** A column's name as a whole word (or its lookup's `_<name>_value`), compiled once per column. */
const patterns = new Map<string, RegExp>();
function columnPattern(column: string): RegExp {
  let re = patterns.get(column);
  if (!re) patterns.set(column, (re = new RegExp(`(^|[^a-z0-9_])_?${escape(column)}(_value)?([^a-z0-9_]|$)`)));
  return re;
}
