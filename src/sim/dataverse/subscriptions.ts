// Row triggers ("When a row is added, modified or deleted"): each change event is matched against the
// subscriptions by message, table, filteringattributes (Update only: a listed column was in the request,
// changed or not) and filterexpression (on the row after the change), then fired with the trigger body.
// Fired at once by default: the run starts while the writer goes on. Held notifications (hold() … release())
// are matched and shaped when the change is made and fired later, in order: a run that starts only after the
// writer's later requests, as Dataverse's asynchronous notifications after commit allow.
import type { RowSubscription } from '../contracts';
import type { ChangeEvent, SdkMessage } from './events';
import type { Catalog } from './metadata/catalog';
import { evaluate } from './odata/filter-eval';
import type { FilterNode } from './odata/filter-parser';
import { compileFilter } from './odata/query-options';
import { represent } from './representation';
import { type RowStore, isLookupValue } from './store';

export type Fire = (body: Record<string, unknown>, identity: string) => void;

/** callbackregistration.message values each SDK message fires (1 Added … 7 Added or Modified or Deleted). */
const FIRES: Record<SdkMessage, readonly number[]> = {
  Create: [1, 4, 5, 7],
  Delete: [2, 5, 6, 7],
  Update: [3, 4, 6, 7],
};

interface Registration {
  subscription: RowSubscription;
  attributes?: string[];
  filter?: FilterNode;
  fire: Fire;
}

export class Subscriptions {
  private readonly registrations: Registration[] = [];
  private held: Array<() => void> | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly store: RowStore,
    private readonly users: { userId(identity: string): string; identityOf(userId: string): string | undefined },
  ) {}

  /** Registers a flow's trigger; an unknown table or an invalid filterexpression throws, as saving the flow would fail. */
  add(subscription: RowSubscription, fire: Fire): void {
    if (!this.catalog.hasTable(subscription.entityName)) {
      throw new Error(
        `dataverse double: flow '${subscription.flow}' subscribes to unknown table '${subscription.entityName}'`,
      );
    }
    const t = this.catalog.table(subscription.entityName);
    const attributes = subscription.filteringAttributes
      ?.flatMap((a) => a.split(','))
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean);
    for (const a of attributes ?? []) {
      if (!this.catalog.column(t, a))
        throw new Error(
          `dataverse double: flow '${subscription.flow}' filters on unknown column '${a}' of '${t.logicalName}'`,
        );
    }
    const filter = subscription.filterExpression
      ? compileFilter(subscription.filterExpression, t, this.catalog)
      : undefined;
    this.registrations.push({ subscription, attributes: attributes?.length ? attributes : undefined, filter, fire });
  }

  /** Fires every matching subscription, event by event, in registration order (or keeps them while held). */
  dispatch(events: readonly ChangeEvent[]): void {
    for (const e of events) {
      for (const r of this.registrations) {
        if (!this.matches(r, e)) continue;
        const identity = this.runAs(r.subscription, e);
        const body = this.body(e, this.users.userId(identity));
        if (this.held) this.held.push(() => r.fire(body, identity));
        else r.fire(body, identity);
      }
    }
  }

  /** From now on notifications are kept (each as the change made it) until release(). */
  hold(): void {
    this.held ??= [];
  }

  /** Fires the kept notifications in the order of their changes and stops holding; returns how many fired. */
  release(): number {
    const held = this.held ?? [];
    this.held = undefined;
    for (const fire of held) fire();
    return held.length;
  }

  private matches(r: Registration, e: ChangeEvent): boolean {
    const s = r.subscription;
    if (s.entityName !== e.table.logicalName || !FIRES[e.message].includes(s.message)) return false;
    if (e.message === 'Update' && r.attributes && !r.attributes.some((a) => e.attributes.includes(a))) return false;
    return !r.filter || evaluate(r.filter, this.shape(e));
  }

  private shape(e: ChangeEvent): Record<string, unknown> {
    return represent(this.catalog, this.store, e.table, e.row, { etag: false });
  }

  /**
   * The row (all columns, lookups as `_x_value`, choices also as `_x_label`), then ItemInternalId, SdkMessage,
   * RunAsSystemUserId and RowVersion. A Delete carries only the id, ItemInternalId, SdkMessage and
   * RunAsSystemUserId: the properties of the sample body a real export's Parse JSON was generated from
   * (powercat-automation-kit SyncDeletedselectorfromDLPProfile-F97F0940-….json); no other column, no lookup.
   */
  body(e: ChangeEvent, runAsUserId: string): Record<string, unknown> {
    const tail = { ItemInternalId: e.id, SdkMessage: e.message, RunAsSystemUserId: runAsUserId };
    if (e.message === 'Delete') return { [e.table.primaryId]: e.id, ...tail };
    const out: Record<string, unknown> = {};
    const row = this.shape(e);
    for (const c of e.table.columns) {
      const prop = c.kind === 'lookup' ? `_${c.logicalName}_value` : c.logicalName;
      out[prop] = row[prop];
      if (['picklist', 'state', 'status'].includes(c.kind) && row[prop] !== null) {
        out[`_${c.logicalName}_label`] = c.options?.find((o) => o.value === row[prop])?.label ?? null;
      }
    }
    return { ...out, ...tail, RowVersion: String(e.row.versionnumber) };
  }

  /** runas 2 (row owner) runs as the owner; 1 (modifying user) and 3 (flow owner, decided by the runtime) get the modifying user. */
  private runAs(s: RowSubscription, e: ChangeEvent): string {
    const owner = e.row.ownerid;
    if (s.runAs === 2 && isLookupValue(owner)) return this.users.identityOf(owner.id) ?? e.identity;
    return e.identity;
  }
}
