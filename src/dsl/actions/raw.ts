import { Action, type ActionOptions, type ActionParts } from '../action';
import type { ConnectorApi } from '../connection';
import type { RenderContext } from '../context';
import { DslError } from '../errors';
import { type Expr, NODE } from '../expr';
import type { Json } from '../value';

/** What raw JSON uses that the flow must declare: connection references and environment variables. */
export interface RawUses {
  /**
   * Connectors the JSON calls, by the `host.connectionName` it names: each is declared as the flow's
   * connection reference, and every `host.connectionName` naming it (at any depth) is re-keyed to the flow's key.
   */
  connections?: Record<string, ConnectorApi>;
  /** Environment variables (`env.*` handles) the JSON reads as `parameters('Display Name (schema)')`: each is declared. */
  environmentVariables?: ReadonlyArray<Expr & { readonly schemaName: string }>;
}

export type RawOptions = ActionOptions & RawUses;

/** Deep copy of raw JSON with its connections re-keyed and its environment variables declared. */
export function resolveRaw<T extends Json>(json: T, uses: RawUses, ctx: RenderContext): T {
  for (const v of uses.environmentVariables ?? []) ctx.parameter(v.schemaName, envType(v));
  const connections = uses.connections;
  if (!connections || !Object.keys(connections).length) return json;
  const visit = (x: Json): Json => {
    if (Array.isArray(x)) return x.map(visit);
    if (x === null || typeof x !== 'object') return x;
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(x)) out[k] = visit(v);
    const host = out.host;
    if (host && typeof host === 'object' && !Array.isArray(host) && typeof host.connectionName === 'string') {
      const api = connections[host.connectionName];
      if (api) out.host = { ...host, connectionName: ctx.connection(api) };
    }
    return out;
  };
  return visit(json) as T;
}

/** The type an environment variable handle was declared with (`env.string` -> `String`). */
function envType(v: Expr & { readonly schemaName: string }): string {
  const node = v[NODE];
  if (node.k !== 'param') throw new DslError(`'${v.schemaName}' is not an environment variable handle`);
  return node.type;
}

/**
 * Escape hatch: an action given as raw workflow JSON (type, inputs, ...), for kinds the DSL does not model.
 * The flow still owns its name, runAfter and metadata, and the build still checks every expression in it.
 */
export class RawAction extends Action {
  readonly type: string;
  constructor(
    name: string,
    private readonly json: { type: string; [key: string]: Json },
    private readonly options: RawOptions = {},
  ) {
    // A `description` in the JSON is the action's description (the base render writes it).
    const description = options.description ?? (typeof json.description === 'string' ? json.description : undefined);
    super(name, { ...options, description });
    this.type = json.type;
  }

  override validate(): string[] {
    const managed = ['runAfter', 'metadata'].filter((k) => k in this.json);
    return managed.map((k) => `raw JSON must not set '${k}': the flow derives it`);
  }

  protected parts(ctx: RenderContext): ActionParts {
    const { type: _type, ...rest } = resolveRaw(this.json, this.options, ctx);
    const { actions, foreach, ...tail } = rest;
    return { head: { foreach, actions }, tail };
  }
}
