// One run of a flow: the trigger's record in, the run history out.
import type { RunRecord as ExprRecord } from '../../expr';
import type { RunRecord, ServiceResponse } from '../contracts';
import { ACTION_FAILED } from './errors';
import { rootFrame } from './frame';
import type { LoadedFlow } from './flow';
import { plain } from './plain';
import { RUNNER } from './runner';
import { runScope } from './scheduler';
import type { RunServices, RunState } from './state';
import { workflowObject } from './trigger';

export interface RunOptions {
  runId: string;
  invoker: string;
  onResponse?: (response: ServiceResponse) => void;
}

export async function executeRun(flow: LoadedFlow, trigger: ExprRecord, services: RunServices, options: RunOptions): Promise<RunRecord> {
  const run: RunState = {
    flow,
    runId: options.runId,
    services,
    invoker: options.invoker,
    trigger,
    workflow: workflowObject(flow, options.runId),
    callbackUrl: services.callbackUrl(flow),
    variables: {},
    variableTypes: new Map(),
    history: [],
    executions: 1,
    ...(options.onResponse ? { onResponse: options.onResponse } : {}),
  };
  services.meter.count(flow.name, 'trigger');
  const outcome = await runScope(flow.definition.actions ?? {}, rootFrame(run), '', RUNNER);
  const status = run.terminated?.status ?? (outcome.status === 'Cancelled' ? 'Cancelled' : outcome.status);
  const error = run.terminated ? run.terminated.error : status === 'Failed' ? ACTION_FAILED : undefined;
  return {
    runId: run.runId,
    flow: flow.name,
    status,
    trigger: { name: flow.triggerName, outputs: plain(trigger.outputs), startTime: trigger.startTime ?? '' },
    actions: run.history,
    ...(run.response ? { response: run.response } : {}),
    actionExecutions: run.executions,
    ...(error ? { error } : {}),
  };
}
