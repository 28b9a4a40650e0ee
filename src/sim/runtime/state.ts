// The state of one run and of the frames its actions evaluate in.
import type { EvaluationContext, LoopFrame, RunRecord as ExprRecord, Value } from '../../expr';
import type { JsonObject } from '../../compile/definition';
import type { ActionRecord, Clock, ConnectorAdapter, HttpClient, RunStatusName, ServiceResponse } from '../contracts';
import type { ErrorInfo } from './errors';
import type { LoadedFlow } from './flow';
import type { Meter } from './meter';

/** What a run reaches outside itself; the Simulator provides it. */
export interface RunServices {
  readonly clock: Clock;
  readonly adapters: Readonly<Record<string, ConnectorAdapter>>;
  readonly http?: HttpClient;
  readonly meter: Meter;
  readonly random: () => number;
  readonly newGuid: () => string;
  /** Who a connection reference's calls run as, when it does not impersonate the invoker. */
  connectionIdentity(connectionReferenceLogicalName: string | undefined): string;
  /** Runs a child flow by workflow id and answers with its Response. */
  callChild(workflowId: string, body: unknown, headers: Record<string, string>, parent: RunState): Promise<ServiceResponse>;
  callbackUrl(flow: LoadedFlow): string | undefined;
}

export interface RunState {
  readonly flow: LoadedFlow;
  readonly runId: string;
  readonly services: RunServices;
  /** The invoking user: the row trigger's identity, or the simulator's identity. */
  readonly invoker: string;
  readonly trigger: ExprRecord;
  readonly workflow: Value;
  /** `listCallbackUrl()`: the flow's callback URL while the simulator listens. */
  readonly callbackUrl: string | undefined;
  readonly variables: Record<string, Value>;
  /** Declared variables by lower-cased name: the declared spelling and type. */
  readonly variableTypes: Map<string, { name: string; type: string }>;
  /** Every action execution, in start order. */
  readonly history: ActionRecord[];
  /** Metered executions of this run (trigger, actions, retries). */
  executions: number;
  terminated?: { status: RunStatusName; error?: ErrorInfo };
  response?: ServiceResponse;
  onResponse?: (response: ServiceResponse) => void;
}

/** Where actions evaluate: the visible action records, scope results and enclosing loops. */
export interface Frame {
  readonly run: RunState;
  /** Completed actions visible here, by name (a loop iteration sees its own). */
  readonly actions: Record<string, ExprRecord>;
  /** Records of actions completed in this frame (not inherited), for loops to expose their last iteration. */
  readonly own: Record<string, ExprRecord>;
  /** `result(name)`: first-level records of completed containers. */
  readonly results: Record<string, readonly ExprRecord[]>;
  readonly loops: readonly LoopFrame[];
  /** Iteration indexes of the enclosing loops, outermost first. */
  readonly iteration: readonly number[];
  /** True inside a Foreach: nested loops run sequentially. */
  readonly inForeach: boolean;
  readonly ctx: EvaluationContext;
}

/** The outcome of running an action map. */
export interface ScopeOutcome {
  status: 'Succeeded' | 'Failed' | 'Cancelled';
  /** First-level records in start order, as `result()` returns them. */
  records: ExprRecord[];
}

/** What an action executor receives. */
export interface ActionCall {
  readonly name: string;
  readonly path: string;
  readonly json: JsonObject;
  readonly frame: Frame;
  readonly run: RunState;
  /** Keeps the evaluated inputs for the history, even if the action then fails; returns them. */
  recordInputs<T extends Value>(inputs: T): T;
  /** Evaluates JSON whose strings are expressions; expression errors fail the action as InvalidTemplate. */
  evaluate(value: unknown, ctx?: EvaluationContext): Value;
  /** Runs a nested action map (`label` as in action paths: '', 'else', a case key, 'default'). */
  runChildren(actions: Record<string, JsonObject>, frame: Frame, label?: string): Promise<ScopeOutcome>;
}

export interface ActionOutcome {
  status?: RunStatusName;
  inputs?: Value;
  outputs?: Value;
  error?: ErrorInfo;
  retries?: number;
  /** Containers: records of their first-level actions, for `result()`. */
  results?: ExprRecord[];
  /** The Terminate action itself (not cancelled by the termination it causes). */
  terminates?: boolean;
}

export type ActionExecutor = (call: ActionCall) => ActionOutcome | Promise<ActionOutcome>;
