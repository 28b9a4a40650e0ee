// Turning a cloud flow on (PATCH workflows(<id>) { statecode: 1, statuscode: 2 }) as Dataverse checks it: every
// connection reference the flow uses must be bound to a connection, and every child flow it runs must have been
// turned on at least once. Refusals carry the error Power Automate returns through Dataverse (0x80060467 "Flow
// client error returned with status code "BadRequest" …", wording from exported pipeline logs:
// coe-starter-kit#3535 XrmConnectionReferenceMissingConnection, #3065 ChildFlowNeverPublished).
import type { JsonObject } from '../../../compile/definition';
import { childFlows, usedConnectionReferences } from '../../../solution/validate/summary';
import { WebApiError } from '../errors';
import type { DataverseService } from '../service';

/** One activation attempt, in request order. */
export interface ActivationAttempt {
  workflowId: string;
  name: string;
  ok: boolean;
  error?: string;
}

const FLOW_CLIENT_ERROR = '0x80060467';

const flowClientError = (code: string, message: string) =>
  new WebApiError(
    400,
    FLOW_CLIENT_ERROR,
    `Flow client error returned with status code "BadRequest" and details "${JSON.stringify({ error: { code, message } })}".`,
  );

export class FlowActivation {
  readonly attempts: ActivationAttempt[] = [];
  /** Flows turned on at least once: they can be run as child flows from then on. */
  private readonly published = new Set<string>();

  constructor(private readonly service: DataverseService) {}

  /** Throws the Flow client error when the flow cannot be turned on (and records the refusal). */
  check(workflowId: string): void {
    const row = this.service.store.get('workflow', workflowId);
    if (!row) return; // the Web API answers 404
    try {
      this.verify(row);
    } catch (e) {
      this.record(workflowId, false, (e as Error).message);
      throw e;
    }
  }

  /** The outcome of an activation the Web API carried out. */
  record(workflowId: string, ok: boolean, error?: string): void {
    const name = String(this.service.store.get('workflow', workflowId)?.name ?? workflowId);
    this.attempts.push({ workflowId: workflowId.toLowerCase(), name, ok, ...(error ? { error } : {}) });
    if (ok) this.published.add(workflowId.toLowerCase());
  }

  private verify(row: Record<string, unknown>): void {
    let clientdata: JsonObject;
    try {
      clientdata = JSON.parse(String(row.clientdata ?? '{}'));
    } catch {
      throw flowClientError('InvalidOpenApiFlow', 'The flow definition (clientdata) is not valid JSON.');
    }
    for (const logicalName of usedConnectionReferences(clientdata)) {
      const ref = this.service.store
        .all('connectionreference')
        .find((r) => r.connectionreferencelogicalname === logicalName);
      if (!ref || !ref.connectionid) {
        throw flowClientError(
          'XrmConnectionReferenceMissingConnection',
          `Connection Id missing for connection reference logical name '${logicalName}'.`,
        );
      }
    }
    for (const child of childFlows(clientdata)) {
      if (!this.published.has(child)) {
        throw flowClientError(
          'ChildFlowNeverPublished',
          `The workflow with id '${child}' cannot be used as a child workflow because it has never been published. Child workflows need to be published at least once before they can be included in a published parent workflow.`,
        );
      }
    }
  }

  /** Flows already on (seeded or imported on) count as published. */
  markPublished(workflowId: string): void {
    this.published.add(workflowId.toLowerCase());
  }
}
