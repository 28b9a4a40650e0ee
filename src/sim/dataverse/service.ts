// The double's operations, independent of HTTP: create, retrieve, list, update, upsert, delete, associate.
// Every write is validated like the Web API and reports the change events for row triggers.
import type { Clock } from '../contracts';
import { deriveGuid } from '../../dsl/names';
import { errors } from './errors';
import type { ChangeEvent, WriteResult } from './events';
import type { Catalog } from './metadata/catalog';
import type { TableMeta } from './metadata/model';
import { type ExpandNode, expandInto, planExpand } from './odata/expand';
import { type QueryOptions, applyQuery, parseQueryOptions } from './odata/query-options';
import { type WriteKind, parsePayload, parseReference } from './payload';
import { type RepresentOptions, represent } from './representation';
import { type LookupValue, RowStore, type StoredRow, isLookupValue } from './store';
import { isoSeconds } from './values';

export type UpsertMode = 'upsert' | 'updateOnly' | 'createOnly';

/** How a read answers: annotations, and the API base URL nextLinks of expanded collections start with. */
export interface ReadOptions extends RepresentOptions {
  base?: string;
}

export class DataverseService {
  readonly store = new RowStore();
  private readonly users = new Map<string, string>();
  private readonly identities = new Map<string, string>();
  private sequence = 0;

  constructor(
    readonly catalog: Catalog,
    readonly clock: Clock,
    private readonly seedName: string,
  ) {}

  /** The systemuser id of an identity (`seller`, `sync`): derived from its name, registered on first use. */
  userId(identity: string): string {
    let id = this.users.get(identity);
    if (!id) {
      id = deriveGuid('sim/dataverse/systemuser', identity);
      this.users.set(identity, id);
      this.identities.set(id, identity);
      const version = this.store.nextVersion();
      this.store.put('systemuser', id, {
        systemuserid: id,
        fullname: identity,
        domainname: identity,
        versionnumber: version,
      });
    }
    return id;
  }

  identityOf(userId: string): string | undefined {
    return this.identities.get(userId.toLowerCase());
  }

  newId(): string {
    return deriveGuid('sim/dataverse/row', this.seedName, String(++this.sequence));
  }

  tableBySet(setName: string): TableMeta {
    const t = this.catalog.set(setName);
    if (!t) throw errors.segmentNotFound(setName);
    return t;
  }

  retrieve(t: TableMeta, id: string): StoredRow {
    const row = this.store.get(t.logicalName, id);
    if (!row) throw errors.notFound(t.logicalName, id);
    return row;
  }

  /** A row in its Web API shape, with $select and $expand checked. */
  get(t: TableMeta, id: string, params: URLSearchParams, o: ReadOptions = {}): Record<string, unknown> {
    const q = parseQueryOptions(params, t, this.catalog);
    const plan = q.expand ? planExpand(q.expand, t, this.catalog, true) : [];
    return this.shape(t, this.retrieve(t, id), q, plan, o);
  }

  /** A collection GET: rows in Web API shape after $filter, $orderby, $top, with $expand; and the $count. */
  list(
    t: TableMeta,
    params: URLSearchParams,
    o: ReadOptions = {},
  ): { rows: Record<string, unknown>[]; count?: number } {
    const q = parseQueryOptions(params, t, this.catalog);
    const plan = q.expand ? planExpand(q.expand, t, this.catalog) : [];
    const stored = this.store.all(t.logicalName);
    const shaped = stored.map((row) => ({ row, ...represent(this.catalog, this.store, t, row, { etag: false }) }));
    const matching = q.filter ? applyQuery(shaped, { filter: q.filter }) : shaped;
    const rows = applyQuery(matching, { orderby: q.orderby, top: q.top }).map((r) =>
      this.shape(t, r.row as StoredRow, q, plan, o),
    );
    return q.count ? { rows, count: matching.length } : { rows };
  }

  private shape(t: TableMeta, row: StoredRow, q: QueryOptions, plan: ExpandNode[], o: ReadOptions) {
    const out = represent(this.catalog, this.store, t, row, { ...o, select: q.select });
    const c = { catalog: this.catalog, store: this.store, annotations: o.annotations, base: o.base ?? '' };
    expandInto(out, t, row, plan, c);
    return out;
  }

  create(t: TableMeta, body: unknown, identity: string, kind: WriteKind = 'create', presetId?: string): WriteResult {
    const { values, attributes } = parsePayload(this.catalog, t, body, kind);
    const id = ((values[t.primaryId] as string | undefined) ?? presetId ?? this.newId()).toLowerCase();
    if (this.store.has(t.logicalName, id)) throw errors.duplicateKey();
    this.checkReferences(values);
    const row: StoredRow = {};
    for (const c of t.columns)
      row[c.logicalName] = c.logicalName in values ? values[c.logicalName] : (c.defaultValue ?? null);
    row[t.primaryId] = id;
    const state = t.columns.find((c) => c.kind === 'state');
    if (state && 'statecode' in values && !('statuscode' in values)) {
      row.statuscode = state.options?.find((o) => o.value === row.statecode)?.defaultStatus ?? null;
    }
    this.checkStatus(t, row, id);
    const user: LookupValue = { id: this.userId(identity), logicalName: 'systemuser' };
    row.createdon = row.modifiedon = isoSeconds(this.clock.now());
    row.createdby = row.modifiedby = user;
    if (t.ownership === 'user' && !row.ownerid) row.ownerid = user;
    this.defaultCurrency(t, row);
    this.finish(t, row);
    this.store.put(t.logicalName, id, row);
    return { id, created: true, events: [{ message: 'Create', table: t, id, attributes, identity, row }] };
  }

  update(t: TableMeta, id: string, body: unknown, identity: string): WriteResult {
    const existing = this.retrieve(t, id);
    const { values, attributes } = parsePayload(this.catalog, t, body, 'update');
    this.checkReferences(values);
    if (t.logicalName === 'opportunity' && (values.statecode === 1 || values.statecode === 2)) {
      throw errors.useWinLose(values.statecode === 1 ? 'Won' : 'Lost');
    }
    const row: StoredRow = { ...existing, ...values };
    const state = t.columns.find((c) => c.kind === 'state');
    if (state && 'statecode' in values && !('statuscode' in values)) {
      row.statuscode = state.options?.find((o) => o.value === row.statecode)?.defaultStatus ?? null;
      attributes.push('statuscode');
    }
    this.checkStatus(t, row, id);
    return { id: row[t.primaryId] as string, created: false, events: [this.save(t, row, attributes, identity)] };
  }

  /** PATCH: upsert, update only (`If-Match: *` or an ETag), or create only (`If-None-Match: *`). */
  upsert(t: TableMeta, id: string, body: unknown, identity: string, mode: UpsertMode, etag?: string): WriteResult {
    const existing = this.store.get(t.logicalName, id);
    if (existing && mode === 'createOnly') throw errors.duplicateKey();
    if (!existing && mode === 'updateOnly') throw errors.notFound(t.logicalName, id);
    if (existing && etag && etag !== `W/"${String(existing.versionnumber)}"`) throw errors.versionMismatch();
    return existing ? this.update(t, id, body, identity) : this.create(t, body, identity, 'create', id);
  }

  /** Writes a changed row: modifiedon/by, version, computed columns; returns its Update event. */
  save(t: TableMeta, row: StoredRow, attributes: string[], identity: string): ChangeEvent {
    row.modifiedon = isoSeconds(this.clock.now());
    row.modifiedby = { id: this.userId(identity), logicalName: 'systemuser' };
    this.defaultCurrency(t, row);
    this.finish(t, row);
    const id = row[t.primaryId] as string;
    this.store.put(t.logicalName, id, row);
    const all = [...new Set([...attributes, 'modifiedon', 'modifiedby'])];
    return { message: 'Update', table: t, id, attributes: all, identity, row };
  }

  delete(t: TableMeta, id: string, identity: string): WriteResult {
    const row = this.retrieve(t, id);
    const refs = this.catalog.referencing(t.logicalName).flatMap((ref) =>
      this.store
        .all(ref.table.logicalName)
        .filter((r) => {
          const v = r[ref.column.logicalName];
          return isLookupValue(v) && v.id === row[t.primaryId] && v.logicalName === t.logicalName;
        })
        .map((r) => ({ ref, r })),
    );
    if (refs.some(({ ref }) => ref.nav.cascadeDelete === 'Restrict')) throw errors.restrictDelete();
    const events: ChangeEvent[] = [];
    for (const { ref, r } of refs) {
      const childId = r[ref.table.primaryId] as string;
      const current = this.store.get(ref.table.logicalName, childId);
      if (!current) continue; // already removed by an earlier cascade
      if (ref.nav.cascadeDelete === 'Cascade') events.push(...this.delete(ref.table, childId, identity).events);
      if (ref.nav.cascadeDelete === 'RemoveLink') {
        events.push(
          this.save(ref.table, { ...current, [ref.column.logicalName]: null }, [ref.column.logicalName], identity),
        );
      }
    }
    this.store.delete(t.logicalName, id);
    events.push({ message: 'Delete', table: t, id: row[t.primaryId] as string, attributes: [], identity, row });
    return { id: row[t.primaryId] as string, created: false, events };
  }

  /** POST `<set>(<id>)/<relationship>/$ref`: sets the lookup of the referenced row (1:N only). */
  associate(t: TableMeta, id: string, relationship: string, odataId: unknown, identity: string): WriteResult {
    this.retrieve(t, id);
    const ref = this.catalog.collection(t, relationship);
    if (!ref) throw errors.segmentNotFound(relationship);
    const target = parseReference(this.catalog, ref.table, relationship, ref.table.logicalName, odataId);
    const related = this.retrieve(ref.table, target.id);
    const row = { ...related, [ref.column.logicalName]: { id: id.toLowerCase(), logicalName: t.logicalName } };
    return { id: target.id, created: false, events: [this.save(ref.table, row, [ref.column.logicalName], identity)] };
  }

  private checkReferences(values: Record<string, unknown>): void {
    for (const v of Object.values(values)) {
      if (isLookupValue(v) && !this.store.has(v.logicalName, v.id)) throw errors.notFound(v.logicalName, v.id);
    }
  }

  /** statuscode must belong to statecode. */
  private checkStatus(t: TableMeta, row: StoredRow, id: string): void {
    const state = t.columns.find((c) => c.kind === 'state');
    const status = t.columns.find((c) => c.kind === 'status');
    if (!state || !status || row.statuscode === null) return;
    const option = status.options?.find((o) => o.value === row.statuscode);
    if (option && option.state !== row.statecode) {
      const label = state.options?.find((o) => o.value === row.statecode)?.label ?? String(row.statecode);
      throw errors.invalidStatus(row.statuscode as number, t.schemaName, label, t.logicalName, id);
    }
  }

  /** A row with an amount and no currency gets the organization's base currency (the first one). */
  private defaultCurrency(t: TableMeta, row: StoredRow): void {
    if (!t.columns.some((c) => c.logicalName === 'transactioncurrencyid') || row.transactioncurrencyid) return;
    if (!t.columns.some((c) => c.kind === 'money' && row[c.logicalName] !== null && row[c.logicalName] !== undefined))
      return;
    const base = this.store.all('transactioncurrency')[0];
    if (base)
      row.transactioncurrencyid = { id: base.transactioncurrencyid as string, logicalName: 'transactioncurrency' };
  }

  /** Computed columns and the row version. */
  private finish(t: TableMeta, row: StoredRow): void {
    if (t.columns.some((c) => c.logicalName === 'fullname' && c.system)) {
      row.fullname = [row.firstname, row.lastname].filter((s) => typeof s === 'string' && s).join(' ') || null;
    }
    row.versionnumber = this.store.nextVersion();
  }
}
