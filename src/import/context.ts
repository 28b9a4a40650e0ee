// What the code generator knows about one flow while writing it: handles, environment variables,
// connectors, tables, child flows, and a log of everything written through an escape hatch.
import { type ConnectorApi, type Json, dataverseApi } from '../dsl';
import type { JsonObject } from './json';
import { Identifiers } from './names';
import type { EnvRef, EnvType, ValueScope } from './values';

/** Something the importer could not express in typed DSL: where, how it was kept, and why. */
export interface ImportNote {
  /** `triggers/<name>`, an action path (`Scope/Compose`), or a flow-level field. */
  readonly path: string;
  readonly kind: 'raw' | 'extra' | 'difference' | 'info';
  readonly message: string;
}

export interface TableDecl {
  id: string;
  setName: string;
  logicalName: string;
  /** Navigation properties bound through it (`bind`), for its `Nav` type parameter. */
  navs: Set<string>;
  /** Whether the logical name is known (from a trigger) rather than guessed from the set name. */
  known: boolean;
}

export interface ConnectorDecl {
  /** The identifier of its `ConnectorApi` constant, or `dataverseApi`. */
  id: string;
  api: ConnectorApi;
}

/** An imported child flow a parent can call with `runChildFlow`. */
export interface ChildTarget {
  /** The child's display name. */
  name: string;
  /** Module path relative to the parent (`./helper.flow`). */
  module: string;
  /** Trigger schema key (`text_1`) -> the input's name in the child's `childFlow(...)` spec. */
  inputs: Record<string, string>;
}

const ENV_TYPES: Record<string, EnvType> = { String: 'String', Bool: 'Boolean', Int: 'Number', Float: 'Number', Object: 'JSON' };

export class FlowContext implements ValueScope {
  readonly ids = new Identifiers();
  readonly notes: ImportNote[] = [];
  readonly envs = new Map<string, EnvRef>();
  readonly connectors = new Map<string, ConnectorDecl>();
  readonly tables = new Map<string, TableDecl>();
  /** Action name -> handle identifier, for actions later statements refer to. */
  readonly handles = new Map<string, string>();
  /** Variable name (lower case) -> handle identifier and declared type, once its initialisation is written. */
  readonly variables = new Map<string, { id: string; name: string; type: string }>();
  /** Child flows this flow calls, by workflow GUID: the default import's identifier and module. */
  readonly childCalls = new Map<string, { id: string; module: string }>();
  /** The rendered `authentication` of connector actions: Raw under a Button trigger, as the compiler derives it. */
  authentication: Json = "@parameters('$authentication')";

  constructor(
    readonly properties: JsonObject,
    /** Action paths (and `triggers/<name>`) to write raw: earlier typed output did not round-trip. */
    readonly forcedRaw: ReadonlySet<string>,
    readonly children: ReadonlyMap<string, ChildTarget>,
    /** Original workflow GUID -> the id the rebuilt flow gets, for every imported flow. */
    readonly rebuiltIds: ReadonlyMap<string, string> = new Map(),
  ) {
    const parameters: JsonObject = properties.definition?.parameters ?? {};
    for (const [name, p] of Object.entries<JsonObject>(parameters)) {
      const schemaName = p?.metadata?.schemaName;
      const type = ENV_TYPES[p?.type];
      if (name.startsWith('$') || typeof schemaName !== 'string' || !type) continue;
      this.envs.set(name, { id: this.ids.take(schemaName.replace(/^[a-z0-9]+_/, '')), schemaName, type, parameter: name });
    }
  }

  /** The identifier a called child flow is imported as. */
  childId(guid: string, child: ChildTarget): string {
    const known = this.childCalls.get(guid);
    if (known) return known.id;
    const id = this.ids.take(child.name, 'child');
    this.childCalls.set(guid, { id, module: child.module });
    return id;
  }

  env(parameter: string): EnvRef | undefined {
    return this.envs.get(parameter);
  }

  variable(name: string): { id: string; name: string } | undefined {
    const v = this.variables.get(name.toLowerCase());
    return v?.name === name ? v : undefined;
  }

  envBySchema(schemaName: string): EnvRef | undefined {
    return [...this.envs.values()].find((e) => e.schemaName === schemaName);
  }

  note(path: string, kind: ImportNote['kind'], message: string): void {
    this.notes.push({ path, kind, message });
  }

  /** The connector a `host.connectionName` names, from the flow's connectionReferences. */
  connector(connectionName: unknown): ConnectorDecl | undefined {
    if (typeof connectionName !== 'string') return undefined;
    const found = this.connectors.get(connectionName);
    if (found) return found;
    const ref = this.properties.connectionReferences?.[connectionName];
    const name = ref?.api?.name;
    if (typeof name !== 'string') return undefined;
    const logicalName = typeof ref.api.logicalName === 'string' ? ref.api.logicalName : undefined;
    const api: ConnectorApi = logicalName ? { name, logicalName } : { name };
    const isDataverse = name === dataverseApi.name && !logicalName;
    const id = isDataverse ? 'dataverseApi' : this.ids.take(`${(logicalName ?? name).replace(/^shared_/, '')} api`);
    const decl = { id, api };
    this.connectors.set(connectionName, decl);
    return decl;
  }

  /** The table of an entity set name (actions) or logical name (triggers). */
  table(name: string, by: 'set' | 'logical'): TableDecl {
    const setName = by === 'set' ? name : `${name}s`;
    const existing = this.tables.get(setName);
    if (existing) {
      if (by === 'logical' && !existing.known) Object.assign(existing, { logicalName: name, known: true });
      return existing;
    }
    const logicalName = by === 'logical' ? name : name.replace(/ies$/, 'y').replace(/s$/, '');
    const decl: TableDecl = {
      id: this.ids.take(setName, 'table'),
      setName,
      logicalName,
      navs: new Set(),
      known: by === 'logical',
    };
    this.tables.set(setName, decl);
    return decl;
  }
}
