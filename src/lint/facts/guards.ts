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
  return columns.some((c) => new RegExp(`(^|[^a-z0-9_])_?${escape(c)}(_value)?([^a-z0-9_]|$)`).test(all));
}
