// The shape of a scenario file once parsed (schema.ts validates the YAML; parse.ts builds these).
// Values are untyped JSON where the services define them (rows, referral bodies, patch values).

export type Json = any;

/** A count to check: exactly `n`, or within bounds. */
export type Count = number | { min?: number; max?: number };

/** `where` picks exactly one row; `fields` compares only the keys listed (dotted keys reach into objects). */
export interface RowExpectation {
  where: Record<string, Json>;
  fields?: Record<string, Json>;
}

/** Expectations on a list of rows: its size, and single rows in it. */
export interface TableExpectation {
  count?: Count;
  rows?: RowExpectation[];
}

export interface RunCounts {
  total?: Count;
  succeeded?: Count;
  failed?: Count;
  cancelled?: Count;
  timedOut?: Count;
}

export interface Expectations {
  /** By entity set name (`opportunities`), over the rows at the end. */
  dataverse?: Record<string, TableExpectation>;
  partnerCenter?: {
    /** The partner's referrals (not Microsoft's side of co-sell engagements). */
    referrals?: TableExpectation;
    /** Microsoft's referrals of co-sell engagements. */
    microsoftReferrals?: TableExpectation;
    /** Webhook deliveries made during the steps: `{ event, referral, delivered, attempts, status }`. */
    deliveries?: TableExpectation;
    /** Deliveries that failed every attempt. */
    offlineQueue?: TableExpectation;
    /** The double's request log during the steps: `{ method, host, path, status, identity }`. */
    requests?: TableExpectation;
  };
  /** Changes made during the steps, by anyone: Dataverse `{ message, entitySet, id, identity, attributes }`,
   *  Partner Center `{ referral, kind, via, identity }`. */
  changes?: { dataverse?: TableExpectation; partnerCenter?: TableExpectation };
  /** Every request to the webhook receiver (Partner Center deliveries and `webhook.post` steps):
   *  `{ ref, via, event, referral, resourceUri, status, body }`. */
  webhook?: TableExpectation;
  /** Calls the flows made to services during the steps (connector calls and Http actions). */
  http?: { outbound?: Count; calls?: TableExpectation };
  runs?: RunCounts & { flows?: Record<string, RunCounts> };
  /** Metered executions (trigger + actions + retries), in all and per flow. */
  meter?: { total?: Count; flows?: Record<string, Count> };
}

/** How the receiver's webhook is registered before the first step. */
export interface WebhookSetup {
  /** `auto` (default): run the registration flow when the solution has one, else register directly. */
  register: 'auto' | 'flow' | 'direct' | 'none';
  /** The receiving flow (default: `Partner Center to Dynamics 365`, else the only HTTP-request flow). */
  receiver?: string;
  events?: string[];
  /** Inputs of the registration flow (`$receiverUrl` is the receiver's callback URL). */
  inputs?: Record<string, Json>;
}

export interface StepArgs {
  'partnerCenter.createReferral': { ref?: string; microsoftRef?: string; as?: 'partner' | 'microsoft'; body: Json };
  'partnerCenter.patchReferral': { id: string; ops: Json[]; as?: 'partner' | 'microsoft' };
  'partnerCenter.expire': { id: string };
  'microsoft.accept': { referral: string; msxId?: string };
  'microsoft.decline': { referral: string; reason?: string };
  'microsoft.close': { referral: string; outcome: 'Won' | 'Lost'; reason?: string };
  'microsoft.update': { referral: string; ops: Json[] };
  'dataverse.create': { ref?: string; table: string; as?: string; row: Record<string, Json> };
  'dataverse.update': { table: string; id: string; as?: string; set: Record<string, Json> };
  'dataverse.delete': { table: string; id?: string; filter?: string; as?: string };
  /** Row-trigger notifications: `hold` keeps them (runs start later), `deliver` fires the kept ones in order. */
  'dataverse.notifications': 'hold' | 'deliver';
  /** A seller closes an opportunity: the unbound action's Web API body (`OpportunityClose`, `Status`). */
  'dataverse.action': { name: 'WinOpportunity' | 'LoseOpportunity'; body: Json; as?: string };
  'webhook.deliver': { event: string; referral: string; times?: number };
  'webhook.post': { ref?: string; body: Json; headers?: Record<string, string>; url?: string };
  fault: {
    service: 'partnerCenter' | 'dataverse' | 'http';
    status: number;
    count?: number;
    retryAfter?: number;
    method?: string;
    path?: string;
    operation?: string;
    table?: string;
  };
  'flow.run': { flow: string; inputs?: Record<string, Json>; as?: string };
  'clock.advance': string;
}

export type StepKind = keyof StepArgs;

export type Step = {
  [K in StepKind]: { kind: K; args: StepArgs[K]; index: number; line?: number };
}[StepKind];

export interface Scenario {
  file: string;
  name: string;
  description?: string;
  /** Only these flows are loaded (by display name); default every flow of the solution. */
  flows?: string[];
  /** The simulated clock's start (ISO date-time). */
  start?: string;
  /** Who the flows' connections run as (default `sync@contoso.com`). */
  syncUser?: string;
  settings: Record<string, Json>;
  dataverse: Record<string, Record<string, Json>[]>;
  partnerCenter: { referrals: Record<string, Json>[]; webhook: WebhookSetup };
  steps: Step[];
  expect: Expectations;
  /** 1-based line of a value in the file, by path (for messages). */
  lineOf(path: (string | number)[]): number | undefined;
}
