// Turning the flows on in order (PATCH workflows(<id>) { statecode: 1, statuscode: 2 }), children first. The first
// refusal stops the run: the flows after it may run the one that failed. Whatever happens, every flow's state is
// read back, so the report says exactly which are on and which are off.
import { DeployError } from './errors';
import type { SolutionFlow } from './solution-zip';
import { WebApiFailure, type WebApi } from './web-api';

export type FlowState = 'on' | 'off' | 'suspended' | 'not imported' | 'unknown';

export interface FlowStatus {
  id: string;
  name: string;
  state: FlowState;
  /** What this run did: turned it on, found it on, or failed to turn it on. */
  change?: 'turned on' | 'already on' | 'failed';
  error?: string;
}

interface WorkflowRow {
  name: string;
  statecode: number;
  statuscode: number;
}

const STATE: Record<number, FlowState> = { 0: 'off', 1: 'on', 2: 'suspended' };

export async function readFlowState(api: WebApi, flow: SolutionFlow): Promise<FlowState> {
  try {
    const row = await api.get<WorkflowRow>(`workflows(${flow.id})?$select=name,statecode,statuscode`);
    return STATE[row.statecode] ?? 'unknown';
  } catch (e) {
    if (e instanceof WebApiFailure && e.status === 404) return 'not imported';
    return 'unknown';
  }
}

/** Every flow's state, without changing any (after a failure before the flow step). */
export async function readFlowStates(api: WebApi, flows: readonly SolutionFlow[]): Promise<FlowStatus[]> {
  const out: FlowStatus[] = [];
  for (const f of flows) out.push({ id: f.id, name: f.name, state: await readFlowState(api, f) });
  return out;
}

export interface ActivationResult {
  statuses: FlowStatus[];
  failure?: DeployError;
}

export async function turnFlowsOn(
  api: WebApi,
  ordered: readonly SolutionFlow[],
  onStatus: (s: FlowStatus, index: number) => void,
): Promise<ActivationResult> {
  const statuses: FlowStatus[] = [];
  let failure: DeployError | undefined;
  for (const [i, flow] of ordered.entries()) {
    const base = { id: flow.id, name: flow.name };
    const state = await readFlowState(api, flow);
    if (failure) {
      statuses.push({ ...base, state });
      continue;
    }
    let status: FlowStatus;
    if (state === 'on') status = { ...base, state, change: 'already on' };
    else if (state === 'not imported' || state === 'unknown') {
      status = { ...base, state, change: 'failed', error: state === 'not imported' ? 'the flow is not in the environment' : 'its state could not be read' };
      failure = new DeployError(`"${flow.name}" ${status.error}`, ['Check the import in make.powerapps.com → Solutions → See history, then run deploy again.']);
    } else {
      try {
        await api.patch(`workflows(${flow.id})`, { statecode: 1, statuscode: 2 }, { 'If-Match': '*' });
        status = { ...base, state: 'on', change: 'turned on' };
      } catch (e) {
        const detail = e instanceof WebApiFailure ? e.detail : (e as Error).message;
        status = { ...base, state: await readFlowState(api, flow), change: 'failed', error: detail };
        failure = activationFailure(flow, detail, ordered);
      }
    }
    statuses.push(status);
    onStatus(status, i);
  }
  return failure ? { statuses, failure } : { statuses };
}

/** What to do about a refusal, from the Flow client error code inside Dataverse's message. */
function activationFailure(flow: SolutionFlow, detail: string, all: readonly SolutionFlow[]): DeployError {
  const code = /\\?"code\\?":\\?"([A-Za-z]+)\\?"/.exec(detail)?.[1] ?? '';
  const message = `"${flow.name}" could not be turned on: ${detail}`;
  const rerun = 'Then run deploy again: flows already on stay on, and it continues with this one.';
  switch (code) {
    case 'XrmConnectionReferenceMissingConnection': {
      const ref = /logical name '([^']+)'/.exec(detail)?.[1] ?? 'its connection reference';
      return new DeployError(message, [
        `Give ${ref} a connection: create it in make.powerapps.com → Connections and put its id as ConnectionId of ${ref} in the settings file (or bind it in Solutions → the solution → Connection references).`,
        rerun,
      ]);
    }
    case 'ChildFlowNeverPublished': {
      const id = /id '([0-9a-f-]{36})'/i.exec(detail)?.[1]?.toLowerCase();
      const child = all.find((f) => f.id === id)?.name ?? id ?? 'its child flow';
      return new DeployError(message, [`Turn on "${child}" first (make.powerautomate.com → Solutions → the solution → Cloud flows).`, rerun]);
    }
    case 'ConnectionAuthorizationFailed':
      return new DeployError(message, [
        'The signed-in identity cannot use that connection: share the connection with it, or have the connection\'s owner turn the flow on (or run deploy signed in as the owner).',
        rerun,
      ]);
    default:
      return new DeployError(message, [
        `Open "${flow.name}" in make.powerautomate.com → Solutions → the solution → Cloud flows and turn it on to see the full error.`,
        rerun,
      ]);
  }
}
