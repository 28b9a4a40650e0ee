// The seams of the simulator: the runtime runs workflow JSON; doubles and adapters stand in for the services.
// Everything here is plain data so scenario files, reports and tests can read it.

/** A response as a connector or HTTP action sees it. */
export interface ServiceResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One OpenApiConnection call, as the runtime hands it to the adapter of the action's connector. */
export interface ConnectorRequest {
  /** `api.name` of the flow's connection reference, e.g. `shared_commondataserviceforapps`. */
  apiName: string;
  /** The connection reference's logical name, when the flow declares one. */
  connectionReferenceLogicalName?: string;
  operationId: string;
  /** `inputs.parameters`, evaluated (keys as exported: `entityName`, `item/name`, `$filter`...). */
  parameters: Record<string, unknown>;
  /** Who the call runs as (the connection's identity, or the invoking user with impersonation). */
  identity: string;
}

/** Reaches one connector's service: Dataverse, Partner Center Referrals, Partner Center Events... */
export interface ConnectorAdapter {
  invoke(request: ConnectorRequest): Promise<ServiceResponse>;
}

/** The `Http` action's transport. */
export interface HttpClient {
  request(method: string, uri: string, headers: Record<string, string>, body: unknown): Promise<ServiceResponse>;
}

/** A Dataverse "When a row is added, modified or deleted" subscription, read from a flow's trigger. */
export interface RowSubscription {
  /** The subscribing flow. */
  flow: string;
  /** callbackregistration.message: 1 Added ... 7 all. */
  message: number;
  /** Singular logical name, e.g. `opportunity`. */
  entityName: string;
  scope: number;
  filteringAttributes?: string[];
  filterExpression?: string;
  runAs?: number;
}

/** What fires row triggers: the Dataverse double. `fire` receives the trigger body (row, SdkMessage, ...). */
export interface RowTriggerSource {
  subscribe(subscription: RowSubscription, fire: (body: Record<string, unknown>, identity: string) => void): void;
}

/** The simulated clock: nothing sleeps; waits and retries advance it. */
export interface Clock {
  now(): Date;
  advance(ms: number): void;
}

export type RunStatusName = 'Succeeded' | 'Failed' | 'Skipped' | 'TimedOut' | 'Cancelled';

/** One action execution in a run's history (loops record one entry per iteration). */
export interface ActionRecord {
  name: string;
  /** Container path as in src/compile/definition.ts, e.g. `Try/Get_referral`. */
  path: string;
  type: string;
  status: RunStatusName;
  iteration?: number[];
  inputs?: unknown;
  outputs?: unknown;
  error?: { code: string; message: string };
  startTime: string;
  endTime: string;
  durationMs: number;
  retries: number;
}

export interface RunRecord {
  runId: string;
  flow: string;
  status: RunStatusName;
  trigger: { name: string; outputs: unknown; startTime: string };
  actions: ActionRecord[];
  /** The Response action's output, when the run answered a request or a parent flow. */
  response?: ServiceResponse;
  /** Metered action executions in this run (what Power Platform request entitlements count). */
  actionExecutions: number;
  error?: { code: string; message: string };
}
