// Rows in their Web API shape: every column (or the $select ones) in $metadata order, lookups as
// `_<column>_value`, the ETag, and the annotations the caller's Prefer header asks for.
import type { Catalog } from './metadata/catalog';
import { type ColumnMeta, type TableMeta, propertyName } from './metadata/model';
import { type RowStore, type StoredRow, isLookupValue } from './store';

export const FORMATTED = 'OData.Community.Display.V1.FormattedValue';
export const NAVIGATION = 'Microsoft.Dynamics.CRM.associatednavigationproperty';
export const LOOKUP_NAME = 'Microsoft.Dynamics.CRM.lookuplogicalname';

/** Which annotations to write: from `Prefer: odata.include-annotations="…"`. */
export type AnnotationFilter = (term: string) => boolean;

export const noAnnotations: AnnotationFilter = () => false;

/** `*`, `OData.Community.Display.V1.FormattedValue`, `Microsoft.Dynamics.CRM.*`, comma-separated, `-x` excludes. */
export function annotationFilter(spec: string | undefined): AnnotationFilter {
  if (!spec) return noAnnotations;
  const patterns = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const matches = (p: string, term: string) =>
    p === '*' || p === term || (p.endsWith('.*') && term.startsWith(p.slice(0, -1)));
  return (term) =>
    !patterns.some((p) => p.startsWith('-') && matches(p.slice(1), term)) &&
    patterns.some((p) => !p.startsWith('-') && matches(p, term));
}

export interface RepresentOptions {
  annotations?: AnnotationFilter;
  /** Property names to return (the primary key always comes back). */
  select?: readonly string[];
  /** Leave out the `@odata.etag` (trigger bodies, snapshots). */
  etag?: boolean;
}

export function represent(
  catalog: Catalog,
  store: RowStore,
  t: TableMeta,
  row: StoredRow,
  o: RepresentOptions = {},
): Record<string, unknown> {
  const want = o.annotations ?? noAnnotations;
  const out: Record<string, unknown> = {};
  if (o.etag !== false) out['@odata.etag'] = `W/"${String(row.versionnumber)}"`;
  for (const c of t.columns) {
    const prop = propertyName(c);
    if (o.select && c.kind !== 'primarykey' && !o.select.includes(prop)) continue;
    const v = row[c.logicalName] ?? null;
    if (v !== null) {
      for (const [term, value] of annotationsOf(catalog, store, c, v)) if (want(term)) out[`${prop}@${term}`] = value;
    }
    out[prop] = isLookupValue(v) ? v.id : v;
  }
  return out;
}

function annotationsOf(catalog: Catalog, store: RowStore, c: ColumnMeta, v: unknown): [string, unknown][] {
  if (isLookupValue(v)) {
    const target = catalog.table(v.logicalName);
    const name = store.get(v.logicalName, v.id)?.[target.primaryName] ?? null;
    const nav = c.navigations?.find((n) => n.target === v.logicalName)?.name ?? c.logicalName;
    return [
      [FORMATTED, name],
      [NAVIGATION, nav],
      [LOOKUP_NAME, v.logicalName],
    ];
  }
  const label = formattedValue(c, v);
  return label === undefined ? [] : [[FORMATTED, label]];
}

/** The label Dataverse formats a choice, status or Yes/No value with. */
export function formattedValue(c: ColumnMeta, v: unknown): string | undefined {
  switch (c.kind) {
    case 'picklist':
    case 'state':
    case 'status':
      return c.options?.find((o) => o.value === v)?.label;
    case 'multiselect':
      return String(v)
        .split(',')
        .map((s) => c.options?.find((o) => o.value === Number(s))?.label ?? s)
        .join('; ');
    case 'boolean':
      return c.booleanLabels?.[v ? 1 : 0];
    default:
      return undefined;
  }
}
