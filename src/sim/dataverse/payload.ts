// A create/update body read against the table's metadata: columns, `<nav>@odata.bind` lookups, and the
// errors the Web API gives for undeclared properties, entity references and bad values.
import { errors } from './errors';
import type { Catalog } from './metadata/catalog';
import type { TableMeta } from './metadata/model';
import type { LookupValue } from './store';
import { convertValue, isGuid } from './values';

export type WriteKind = 'create' | 'update' | 'seed';

export interface ParsedPayload {
  /** Column logical name -> stored value (lookups as LookupValue, null clears). */
  values: Record<string, unknown>;
  /** Column logical names in payload order: what filteringattributes match. */
  attributes: string[];
}

const BIND = '@odata.bind';

export function parsePayload(catalog: Catalog, t: TableMeta, body: unknown, kind: WriteKind): ParsedPayload {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw errors.badRequest('The request body must be a JSON object.');
  }
  const values: Record<string, unknown> = {};
  const attributes: string[] = [];
  const set = (column: string, value: unknown) => {
    values[column] = value;
    if (!attributes.includes(column)) attributes.push(column);
  };
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key.endsWith(BIND)) {
      const navName = key.slice(0, -BIND.length);
      const ref = catalog.navigation(t, navName);
      if (!ref) throw errors.undeclaredNavigation(t.setName, navName);
      if (!writable(ref.column, kind)) continue;
      set(ref.column.logicalName, value === null ? null : parseReference(catalog, t, navName, ref.nav.target, value));
      continue;
    }
    if (key.includes('@')) continue; // instance annotations (`@odata.type`, `x@OData.Community…`) are not data
    const lookupByValue = /^_(.+)_value$/.exec(key);
    const column = catalog.column(t, key) ?? (lookupByValue ? catalog.column(t, lookupByValue[1]!) : undefined);
    if (!column) throw errors.invalidProperty(key, t.logicalName);
    if (column.kind === 'lookup') throw errors.entityReference();
    if (column.rejectOnCreate && kind === 'create') throw errors.notValidForCreate(key, t.logicalName);
    if (!writable(column, kind)) continue; // read-only columns are ignored, as Dataverse does
    set(column.logicalName, convertValue(t, column, value));
  }
  return { values, attributes };
}

/** Seeds stand for existing data: they may set anything but platform columns (statecode included). */
function writable(
  c: { validForCreate?: boolean; validForUpdate?: boolean; system?: boolean },
  kind: WriteKind,
): boolean {
  if (kind === 'seed') return !c.system;
  return kind === 'create' ? c.validForCreate !== false : c.validForUpdate !== false;
}

/** `accounts(<guid>)`, `/accounts(<guid>)` or an absolute `…/api/data/v9.2/accounts(<guid>)`. */
export function parseReference(
  catalog: Catalog,
  t: TableMeta,
  nav: string,
  target: string,
  value: unknown,
): LookupValue {
  if (typeof value !== 'string') throw errors.cannotConvert(t.setName, String(value), 'Edm.String');
  const path = value.replace(/^https?:\/\/[^/]+\/api\/data\/v\d+(\.\d+)?\//i, '').replace(/^\//, '');
  const m = /^([A-Za-z0-9_]+)\(\{?([^()]*?)\}?\)$/.exec(path);
  if (!m) throw errors.badReference(path);
  const table = catalog.set(m[1]!);
  if (!table) throw errors.badReference(m[1]!);
  if (!isGuid(m[2]!)) throw errors.badReference(path);
  if (table.logicalName !== target) throw errors.wrongTarget(t.setName, nav, target);
  return { id: m[2]!.toLowerCase(), logicalName: table.logicalName };
}
