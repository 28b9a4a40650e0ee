// The simulator: loads compiled flows and runs them against adapters, an HTTP client and a
// simulated clock; serves Request triggers over loopback HTTP and binds Dataverse row triggers.
import { createHmac } from 'node:crypto';
import type { Value } from '../../expr';
import type {
  Clock,
  ConnectorAdapter,
  HttpClient,
  RowSubscription,
  RowTriggerSource,
  RunRecord,
  ServiceResponse,
} from '../contracts';
import { SimulatedClock } from './clock';
import { type LoadOptions, type LoadedFlow, loadFlow, normalizeWorkflowId } from './flow';
import { type IncomingRequest, LoopbackListener, errorResponse } from './listener';
import { Meter } from './meter';
import type { Settings } from './parameters';
import { RunQueue } from './queue';
import { guidFrom, runId, seededRandom } from './random';
import { executeRun } from './run';
import { readSolutionFlows } from './solution';
import type { RunServices, RunState } from './state';
import { type TriggerOutputs, rowSubscriptionOf, triggerRecord, unmetCondition, workflowObject } from './trigger';

export interface SimulatorOptions {
  clock?: Clock;
  /** Connector adapters by `api.name`, e.g. `shared_commondataserviceforapps`. */
  adapters?: Record<string, ConnectorAdapter>;
  http?: HttpClient;
  /** Who connections run as (and who invokes runs that no user started). */
  identity?: string;
  /** Identities of particular connection references, by logical name. */
  connectionIdentities?: Record<string, string>;
  /** Environment variable values by schema name (or parameter values by name), for every flow. */
  settings?: Settings;
  /** Seed of rand(), guid() and retry jitter (default 1). */
  seed?: number;
  random?: () => number;
  newGuid?: () => string;
}

/** One trigger evaluation: it started a run, was skipped by its conditions, or was rejected (429). */
export interface TriggerEvaluation {
  flow: string;
  trigger: string;
  time: string;
  result: 'Fired' | 'Skipped' | 'Rejected';
  runId?: string;
  reason?: string;
  outputs: unknown;
}

export interface Invocation {
  /** The run's Response once it answers; 202 at once for flows without a Response action. */
  response: Promise<ServiceResponse>;
  /** The finished run, or undefined when no run started. */
  run: Promise<RunRecord | undefined>;
}

const ACCEPTED: ServiceResponse = { statusCode: 202, headers: {}, body: null };
const NO_RESPONSE = errorResponse(502, 'NoResponse', 'The server did not receive a response from an upstream server.');
const RESERVED_QUERY = new Set(['api-version', 'sp', 'sv', 'sig']);

export class Simulator {
  readonly clock: Clock;
  readonly meter = new Meter();
  /** Finished runs, in trigger order (run ids are numbered in that order). */
  readonly runs: RunRecord[] = [];
  readonly triggerHistory: TriggerEvaluation[] = [];
  private readonly byName = new Map<string, LoadedFlow>();
  private readonly byId = new Map<string, LoadedFlow>();
  private readonly queues = new Map<LoadedFlow, RunQueue>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly failures: unknown[] = [];
  private readonly rowSources: RowTriggerSource[] = [];
  private readonly services: RunServices;
  private readonly identity: string;
  private readonly signingKey: string;
  private listener: LoopbackListener | undefined;
  private runCount = 0;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.clock = options.clock ?? new SimulatedClock();
    this.identity = options.identity ?? 'simulator-user';
    const seed = options.seed ?? 1;
    const random = options.random ?? seededRandom(seed);
    const newGuid = options.newGuid ?? guidFrom(seededRandom(seed + 1));
    this.signingKey = guidFrom(seededRandom(seed + 2))();
    this.services = {
      clock: this.clock,
      adapters: options.adapters ?? {},
      ...(options.http ? { http: options.http } : {}),
      meter: this.meter,
      random,
      newGuid,
      connectionIdentity: (logicalName) => (logicalName && options.connectionIdentities?.[logicalName]) || this.identity,
      callChild: (id, body, headers, parent) => this.callChild(id, body, headers, parent),
      callbackUrl: (flow) => (this.listener?.url && flow.trigger.type === 'Request' ? this.callbackUrl(flow.name) : undefined),
    };
  }

  /** Loads a workflow (clientdata envelope, its `properties`, or a bare definition); invalid flows throw FlowLoadError. */
  load(json: unknown, options: LoadOptions = {}): LoadedFlow {
    const flow = loadFlow(json, { ...options, settings: { ...this.options.settings, ...options.settings } });
    if (this.byName.has(flow.name)) throw new Error(`a flow named '${flow.name}' is already loaded`);
    if (this.byId.has(flow.workflowId)) throw new Error(`a flow with workflow id ${flow.workflowId} is already loaded ('${this.byId.get(flow.workflowId)!.name}')`);
    this.byName.set(flow.name, flow);
    this.byId.set(flow.workflowId, flow);
    for (const source of this.rowSources) this.subscribe(flow, source);
    return flow;
  }

  /** Loads every `Workflows/*.json` of a solution folder (e.g. dist/solution) or zip. */
  async loadSolution(path: string, options: { settings?: Settings } = {}): Promise<LoadedFlow[]> {
    const flows = await readSolutionFlows(path);
    return flows.map(({ json, ...o }) => this.load(json, { ...o, ...(options.settings ? { settings: options.settings } : {}) }));
  }

  get flows(): LoadedFlow[] {
    return [...this.byName.values()];
  }

  /** A loaded flow by name or workflow id. */
  flow(nameOrId: string): LoadedFlow {
    const flow = this.byName.get(nameOrId) ?? this.byId.get(normalizeWorkflowId(nameOrId));
    if (!flow) throw new Error(`no flow '${nameOrId}' is loaded (loaded: ${this.flows.map((f) => f.name).join(', ') || 'none'})`);
    return flow;
  }

  /** Fires a flow's trigger and waits for the run; undefined when the trigger conditions skip it. */
  async trigger(name: string, outputs: TriggerOutputs = {}, options: { identity?: string } = {}): Promise<RunRecord | undefined> {
    return this.invoke(name, outputs, options).run;
  }

  /** Fires a flow's trigger; the caller may wait for the Response, the run, or both. */
  invoke(nameOrFlow: string | LoadedFlow, outputs: TriggerOutputs = {}, options: { identity?: string } = {}): Invocation {
    const flow = typeof nameOrFlow === 'string' ? this.flow(nameOrFlow) : nameOrFlow;
    const time = this.clock.now().toISOString();
    const record = triggerRecord(flow, outputs, time);
    const evaluation = { flow: flow.name, trigger: flow.triggerName, time, outputs: record.outputs };
    const unmet = unmetCondition(flow, {
      trigger: record,
      parameters: flow.parameters,
      workflow: workflowObject(flow, ''),
      now: () => this.clock.now(),
    });
    if (unmet) {
      this.meter.count(flow.name, 'trigger');
      const reason = unmet.error ? `the condition '${unmet.expression}' failed: ${unmet.error}` : `the condition '${unmet.expression}' is not true`;
      this.triggerHistory.push({ ...evaluation, result: 'Skipped', reason });
      return { response: Promise.resolve(ACCEPTED), run: Promise.resolve(undefined) };
    }
    const queue = this.queueOf(flow);
    if (!queue.canAccept()) {
      const reason = `${queue.pending} runs are already waiting (maximumWaitingRuns)`;
      this.triggerHistory.push({ ...evaluation, result: 'Rejected', reason });
      return { response: Promise.resolve(errorResponse(429, 'WorkflowRunsWaitingLimitReached', reason)), run: Promise.resolve(undefined) };
    }
    const id = runId(++this.runCount);
    this.triggerHistory.push({ ...evaluation, result: 'Fired', runId: id });
    let answer!: (response: ServiceResponse) => void;
    const response = new Promise<ServiceResponse>((resolve) => (answer = resolve));
    if (!flow.hasResponse) answer(ACCEPTED);
    const invoker = options.identity ?? this.identity;
    const run = queue
      .run(() => executeRun(flow, record, this.services, { runId: id, invoker, onResponse: answer }))
      .then(
        (finished) => {
          this.record(finished);
          if (!finished.response) answer(flow.hasResponse ? NO_RESPONSE : ACCEPTED);
          return finished;
        },
        (e: unknown) => {
          this.failures.push(e);
          answer(errorResponse(500, 'SimulatorError', e instanceof Error ? e.message : String(e)));
          throw e;
        },
      );
    this.track(run);
    return { response, run };
  }

  /** Starts the loopback listener; returns its base URL. */
  async listen(): Promise<string> {
    this.listener ??= new LoopbackListener((request) => this.serve(request));
    return this.listener.start();
  }

  /** The callback URL of a flow's Request trigger (after `listen()`), signed like Power Automate's. */
  callbackUrl(name: string): string {
    const flow = this.flow(name);
    const base = this.listener?.url;
    if (!base) throw new Error('the simulator is not listening: await sim.listen() first');
    if (flow.trigger.type !== 'Request') throw new Error(`flow '${flow.name}' has a ${String(flow.trigger.type)} trigger, not a Request trigger`);
    const trigger = encodeURIComponent(flow.triggerName);
    return `${base}/workflows/${flow.workflowId}/triggers/${trigger}/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2F${trigger}%2Frun&sv=1.0&sig=${this.signature(flow)}`;
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }

  /** Subscribes every Dataverse row trigger (loaded now or later) to `source`; returns the subscriptions made now. */
  bindRowTriggers(source: RowTriggerSource): RowSubscription[] {
    this.rowSources.push(source);
    return this.flows.flatMap((flow) => this.subscribe(flow, source) ?? []);
  }

  /** Waits until every triggered run, including runs those runs trigger, has finished. */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
    if (this.failures.length) {
      const failures = this.failures.splice(0);
      throw new AggregateError(failures, `${failures.length} run(s) failed inside the simulator: ${failures.map(String).join('; ')}`);
    }
  }

  private subscribe(flow: LoadedFlow, source: RowTriggerSource): RowSubscription | undefined {
    const subscription = rowSubscriptionOf(flow, { parameters: flow.parameters, workflow: workflowObject(flow, '') });
    if (!subscription) return undefined;
    source.subscribe(subscription, (body, identity) => {
      this.invoke(flow, { headers: {}, body }, { identity }).run.catch(() => undefined);
    });
    return subscription;
  }

  private record(run: RunRecord): void {
    let i = this.runs.length;
    while (i > 0 && this.runs[i - 1]!.runId > run.runId) i--;
    this.runs.splice(i, 0, run);
  }

  private track(promise: Promise<unknown>): void {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(settled);
    void settled.then(() => this.inflight.delete(settled));
  }

  private queueOf(flow: LoadedFlow): RunQueue {
    let queue = this.queues.get(flow);
    if (!queue) {
      queue = new RunQueue(flow.concurrency.runs, flow.concurrency.maximumWaitingRuns);
      this.queues.set(flow, queue);
    }
    return queue;
  }

  private signature(flow: LoadedFlow): string {
    return createHmac('sha256', this.signingKey).update(`${flow.workflowId}/${flow.triggerName}`).digest('base64url');
  }

  private callChild(workflowId: string, body: unknown, headers: Record<string, string>, parent: RunState): Promise<ServiceResponse> {
    const flow = this.byId.get(normalizeWorkflowId(workflowId));
    if (!flow) {
      return Promise.resolve(errorResponse(404, 'WorkflowNotFound', `The workflow '${workflowId}' called by flow '${parent.flow.name}' is not loaded.`));
    }
    return this.invoke(flow, { headers, body: body as Value }, { identity: parent.invoker }).response;
  }

  private async serve(request: IncomingRequest): Promise<ServiceResponse> {
    const m = /^\/workflows\/([^/]+)\/triggers\/([^/]+)\/paths\/invoke\/?$/.exec(request.url.pathname);
    const flow = m ? this.byId.get(normalizeWorkflowId(decodeURIComponent(m[1]!))) : undefined;
    if (!m || !flow || flow.triggerName !== decodeURIComponent(m[2]!) || flow.trigger.type !== 'Request') {
      return errorResponse(404, 'WorkflowNotFound', `No Request trigger is served at '${request.url.pathname}'.`);
    }
    if (request.url.searchParams.get('sig') !== this.signature(flow)) {
      return errorResponse(401, 'DirectApiInvalidAuthorizationSignature', 'The provided authorization signature is not valid.');
    }
    const method = flow.trigger.inputs?.method;
    if (typeof method === 'string' && method.toUpperCase() !== request.method.toUpperCase()) {
      return errorResponse(405, 'TriggerRequestMethodNotValid', `The HTTP method for this request is not valid: expected '${method}' and actual '${request.method}'.`);
    }
    const queries: Record<string, string> = {};
    for (const [k, v] of request.url.searchParams) if (!RESERVED_QUERY.has(k)) queries[k] = v;
    const outputs: TriggerOutputs = { headers: request.headers, body: request.body, ...(Object.keys(queries).length ? { queries } : {}) };
    return this.invoke(flow, outputs).response;
  }
}
