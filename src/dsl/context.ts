// What an action needs from its flow while rendering: ids, connections, parameters.
import type { Block } from './block';
import type { ConnectorApi } from './connection';
import type { Json } from './value';

export interface RenderContext {
  /** The flow's workflow GUID (lower case). */
  readonly workflowId: string;
  /** Deterministic operationMetadataId for an action or trigger name. */
  operationId(name: string): string;
  /**
   * Declares a connector use and returns the flow's connectionReferences key for it. `invoker` marks the
   * reference `impersonation: { source: 'invoker' }`, as exports do when a Dataverse trigger runs as the modifying user.
   */
  connection(api: ConnectorApi, invoker?: boolean): string;
  /** The `authentication` value connector actions carry in this flow. */
  authentication(): Json;
  /** Declares an environment variable the flow reads and returns its parameter name. */
  parameter(schemaName: string, type: string): string;
  /** Renders a block's actions as the `actions` object of a container. */
  actions(block: Block): Json;
  /** Renders a DSL value with this flow's parameters resolved. */
  value(v: unknown): Json | undefined;
  /** The workflow GUID of another flow of the project. */
  workflowIdOf(flow: { readonly displayName: string; readonly key?: string }): string;
}
