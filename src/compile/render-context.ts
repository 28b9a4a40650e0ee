// The RenderContext of one flow: derives ids, collects connection references and parameters.
import {
  type Action,
  type Block,
  type ConnectorApi,
  DslError,
  type Json,
  type RenderContext,
  deriveGuid,
  type RenderMemo,
  renderValue,
} from '../dsl';
import { type ProjectModel, parameterDefault, parameterType } from './project';

export const workflowIdOf = (flow: { displayName: string; key?: string }) =>
  deriveGuid('workflow', flow.key ?? flow.displayName);

const RAW_AUTH: Json = {
  type: 'Raw',
  value: "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']",
};

export class FlowRenderContext implements RenderContext {
  readonly connectionReferences: Record<string, Json> = {};
  readonly parameters = new Map<string, Json>();

  constructor(
    readonly workflowId: string,
    private readonly project: ProjectModel,
    private readonly rawAuthentication: boolean,
    private readonly isKnownFlow: (f: { displayName: string; key?: string }) => boolean,
  ) {}

  operationId(name: string): string {
    return deriveGuid(this.workflowId, name);
  }

  private readonly invokers = new Set<string>();

  connection(api: ConnectorApi, invoker = false): string {
    const refs = this.project.connectionReferences.filter((r) => r.connector === api.name);
    if (refs.length !== 1) {
      throw new DslError(
        refs.length
          ? `connector '${api.name}' has ${refs.length} connection references in solution.yaml; flows need exactly one`
          : `connector '${api.name}' has no connection reference in solution.yaml`,
      );
    }
    const key = api.name;
    if (invoker) this.invokers.add(key);
    this.connectionReferences[key] = {
      ...(this.invokers.has(key) ? { impersonation: { source: 'invoker' } } : {}),
      runtimeSource: 'embedded',
      connection: { connectionReferenceLogicalName: refs[0]!.logicalName },
      api: { name: api.name, ...(api.logicalName ? { logicalName: api.logicalName } : {}) },
    };
    return key;
  }

  authentication(): Json {
    return this.rawAuthentication ? RAW_AUTH : "@parameters('$authentication')";
  }

  parameter(schemaName: string, type: string): string {
    const def = this.project.environmentVariables.find((e) => e.schemaName === schemaName);
    if (!def) throw new DslError(`environment variable '${schemaName}' is not declared in solution.yaml`);
    if (def.type !== type) {
      throw new DslError(`environment variable '${schemaName}' is ${def.type} in solution.yaml but read as ${type} in flow code`);
    }
    const name = `${def.displayName} (${def.schemaName})`;
    this.parameters.set(name, {
      defaultValue: parameterDefault(def) as Json,
      type: parameterType(def),
      metadata: { schemaName: def.schemaName, ...(def.description ? { description: def.description } : {}) },
    });
    return name;
  }

  workflowIdOf(flow: { displayName: string; key?: string }): string {
    if (!this.isKnownFlow(flow)) throw new DslError(`child flow '${flow.displayName}' is not one of the project's flows`);
    return workflowIdOf(flow);
  }

  actions(block: Block): Json {
    return Object.fromEntries(block.actions.map((a) => [a.name, renderLocated(a, this)]));
  }

  /** Expression texts this flow rendered (their parameters are registered by then). */
  private readonly rendered: RenderMemo = new WeakMap();
  private readonly resolve = (schemaName: string, type: string) => this.parameter(schemaName, type);

  value(v: unknown): Json | undefined {
    return renderValue(v, this.resolve, this.rendered);
  }
}

/** Renders an action; a render-time error is located at the innermost action that raised it. */
export function renderLocated(action: Action, ctx: RenderContext): Json {
  try {
    return action.render(ctx);
  } catch (e) {
    if (e instanceof DslError && !e.location.action) {
      e.location.action = action.name;
      e.location.source = action.source;
    }
    throw e;
  }
}
