// The Dataverse double: the Web API over HTTP for the adapter, a TypeScript API for scenario steps
// (seed, create/update/delete as an identity, inspect), and the row triggers flows subscribe to.
import type { EnvironmentVariableDefinition } from '../../compile/project';
import type { Clock, RowSubscription, RowTriggerSource } from '../contracts';
import { runUnboundAction } from './actions';
import { environmentVariableRows } from './environment-variables';
import type { ChangeEvent, SdkMessage } from './events';
import { API_PATH, type Route } from './http/handler';
import { WebApiServer } from './http/server';
import { type Catalog, loadCatalog } from './metadata/catalog';
import { applyQuery, compileFilter } from './odata/query-options';
import { represent } from './representation';
import { DataverseService } from './service';
import { type Fire, Subscriptions } from './subscriptions';
import { deriveGuid } from '../../dsl/names';

export interface DataverseDoubleOptions {
  clock: Clock;
  /** Seeds the row GUID sequence (default `dataverse`). */
  seed?: string;
  /** Table metadata (default: the Sales tables plus solution-template/schema/dataverse.yaml). */
  catalog?: Catalog;
  /** Who a request without MSCRMCallerID runs as (default `system`). */
  defaultIdentity?: string;
  /** Add the organization's base currency, US Dollar (default true). */
  baseCurrency?: boolean;
  /** The organization URL responses name (OData-EntityId, @odata.context); default `https://cosell.crm.dynamics.com`. */
  organizationUrl?: string;
}

export const ORGANIZATION_URL = 'https://cosell.crm.dynamics.com';

export type Row = Record<string, unknown>;

/** One change, as scenario expectations read it. */
export interface ChangeRecord {
  message: SdkMessage;
  entitySet: string;
  id: string;
  identity: string;
  attributes: string[];
}

export const BASE_CURRENCY_ID = deriveGuid('sim/dataverse/transactioncurrency', 'USD');

export class DataverseDouble implements RowTriggerSource {
  readonly catalog: Catalog;
  readonly service: DataverseService;
  readonly organizationUrl: string;
  private readonly subscriptions: Subscriptions;
  private readonly server: WebApiServer;
  private readonly log: ChangeRecord[] = [];
  private readonly failures: Error[] = [];
  private readonly routes: Route[] = [];

  constructor(o: DataverseDoubleOptions) {
    this.catalog = o.catalog ?? loadCatalog();
    this.service = new DataverseService(this.catalog, o.clock, o.seed ?? 'dataverse');
    this.subscriptions = new Subscriptions(this.catalog, this.service.store, this.service);
    this.organizationUrl = o.organizationUrl ?? ORGANIZATION_URL;
    this.server = new WebApiServer(
      this.service,
      (events) => {
        // After an HTTP response nobody can catch a subscriber's error: keep it for the scenario to check.
        try {
          this.changed(events);
        } catch (e) {
          this.failures.push(e as Error);
        }
      },
      o.defaultIdentity ?? 'system',
      this.organizationUrl,
      this.routes,
    );
    if (o.baseCurrency !== false) {
      this.seed({
        transactioncurrencies: [
          {
            transactioncurrencyid: BASE_CURRENCY_ID,
            currencyname: 'US Dollar',
            isocurrencycode: 'USD',
            currencysymbol: '$',
            exchangerate: 1,
            currencyprecision: 2,
          },
        ],
      });
    }
  }

  /**
   * Adds endpoints the Web API subset does not have (src/sim/dataverse/deployment): tried in order before it, on
   * the same loopback server. A route answers, or returns undefined to let the Web API answer.
   */
  addRoute(route: Route): void {
    this.routes.push(route);
  }

  /** Starts the HTTP server; returns its loopback URL (`http://127.0.0.1:<port>`). */
  start(): Promise<string> {
    return this.server.start();
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** The loopback URL the server listens on. */
  get url(): string {
    return this.server.url;
  }

  /** `<url>/api/data/v9.2`. */
  get apiUrl(): string {
    return `${this.server.url}${API_PATH}`;
  }

  /** The systemuser id of an identity; the adapter sends it as MSCRMCallerID. */
  userId(identity: string): string {
    return this.service.userId(identity);
  }

  identityOf(userId: string): string | undefined {
    return this.service.identityOf(userId);
  }

  /**
   * Existing data, by entity set, in Web API payload shape (`name`, `parentaccountid@odata.bind`…); may set
   * ids, statecode and statuscode. Sets are written in key order, so referenced rows come first. No trigger fires.
   */
  seed(data: Record<string, Row[]>, identity = 'system'): Record<string, string[]> {
    const ids: Record<string, string[]> = {};
    for (const [set, rows] of Object.entries(data)) {
      const t = this.service.tableBySet(set);
      ids[set] = rows.map((r) => this.service.create(t, r, identity, 'seed').id);
    }
    return ids;
  }

  /**
   * The solution's environment variables as its import leaves them: a definition row per variable (id
   * `environmentVariableDefinitionId(schemaName)`), and a value row for each one in `values` (by schema name).
   * No trigger fires. E.g. `seedEnvironmentVariables(loadSolutionConfig().environmentVariables)`.
   */
  seedEnvironmentVariables(
    definitions: readonly EnvironmentVariableDefinition[],
    values?: Record<string, unknown>,
  ): void {
    this.seed(environmentVariableRows(definitions, values));
  }

  /** A scenario step creates a row as `identity` (validated like POST); triggers fire. Returns the row. */
  create(entitySet: string, payload: Row, identity: string): Row {
    const t = this.service.tableBySet(entitySet);
    const result = this.service.create(t, payload, identity);
    this.changed(result.events);
    return this.get(entitySet, result.id)!;
  }

  /** A scenario step updates a row as `identity` (like PATCH with If-Match: *); triggers fire. */
  update(entitySet: string, id: string, payload: Row, identity: string): Row {
    const t = this.service.tableBySet(entitySet);
    this.changed(this.service.upsert(t, id, payload, identity, 'updateOnly').events);
    return this.get(entitySet, id)!;
  }

  /**
   * A seller closes an opportunity in the app: WinOpportunity or LoseOpportunity as `identity` (Update with
   * statecode does not close it, as in Dataverse). Status defaults to Won (3) or Canceled (4); triggers fire.
   */
  closeOpportunity(
    id: string,
    outcome: 'Won' | 'Lost',
    identity: string,
    o: { status?: number; actualrevenue?: number } = {},
  ): Row {
    const close = {
      'opportunityid@odata.bind': `opportunities(${id})`,
      ...(o.actualrevenue === undefined ? {} : { actualrevenue: o.actualrevenue }),
    };
    const action = outcome === 'Won' ? 'WinOpportunity' : 'LoseOpportunity';
    this.changed(
      runUnboundAction(this.service, action, { OpportunityClose: close, Status: o.status ?? -1 }, identity).events,
    );
    return this.get('opportunities', id)!;
  }

  delete(entitySet: string, id: string, identity: string): void {
    const t = this.service.tableBySet(entitySet);
    this.changed(this.service.delete(t, id, identity).events);
  }

  /** A row in Web API shape (no ETag), or undefined. */
  get(entitySet: string, id: string): Row | undefined {
    const t = this.service.tableBySet(entitySet);
    const row = this.service.store.get(t.logicalName, id);
    return row && represent(this.catalog, this.service.store, t, row, { etag: false });
  }

  /** Rows of a set in Web API shape, in insertion order, optionally through an OData filter. */
  rows(entitySet: string, filter?: string): Row[] {
    const t = this.service.tableBySet(entitySet);
    const rows = this.service.store
      .all(t.logicalName)
      .map((r) => represent(this.catalog, this.service.store, t, r, { etag: false }));
    return filter ? applyQuery(rows, { filter: compileFilter(filter, t, this.catalog) }) : rows;
  }

  /** Every non-empty set except systemusers, rows without null columns: stable input for expectations. */
  snapshot(): Record<string, Row[]> {
    const out: Record<string, Row[]> = {};
    for (const t of this.catalog.tables) {
      if (t.logicalName === 'systemuser') continue;
      const rows = this.rows(t.setName).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)));
      if (rows.length) out[t.setName] = rows;
    }
    return out;
  }

  /** Changes made since the start (HTTP and scenario steps; seeds excluded), in order. */
  changes(): ChangeRecord[] {
    return [...this.log];
  }

  /** Errors thrown by trigger subscribers after HTTP writes (scenario-step writes throw them directly). */
  dispatchErrors(): Error[] {
    return [...this.failures];
  }

  subscribe(subscription: RowSubscription, fire: Fire): void {
    this.subscriptions.add(subscription, fire);
  }

  /** Row-trigger notifications are kept from now on (matched and shaped as each change is made). */
  holdNotifications(): void {
    this.subscriptions.hold();
  }

  /** Fires the kept notifications in order and stops holding; returns how many fired. */
  deliverNotifications(): number {
    return this.subscriptions.release();
  }

  private changed(events: ChangeEvent[]): void {
    for (const e of events) {
      this.log.push({
        message: e.message,
        entitySet: e.table.setName,
        id: e.id,
        identity: e.identity,
        attributes: e.attributes,
      });
    }
    this.subscriptions.dispatch(events);
  }
}
