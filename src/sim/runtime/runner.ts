// Runs one action: records it in the run history, meters it, and turns failures into statuses.
import { evaluateJson, isObject, type EvaluationContext, type RunRecord as ExprRecord, type Value } from '../../expr';
import type { JsonObject } from '../../compile/definition';
import type { ActionRecord, RunStatusName } from '../contracts';
import { EXECUTORS } from './actions';
import { type ErrorInfo, failureOf } from './errors';
import type { Dependency } from './plan';
import { plain, statusName } from './plain';
import { type ActionRunner, runScope } from './scheduler';
import type { ActionCall, ActionOutcome, Frame } from './state';

const iso = (d: Date) => d.toISOString();

/** `result()`'s `code` of a successful action: the HTTP status name for HTTP-shaped outputs, else OK. */
function codeOf(outputs: Value | undefined): string {
  const status = isObject(outputs) ? outputs.statusCode : undefined;
  return typeof status === 'number' ? statusName(status) : 'OK';
}

function evaluate(value: unknown, ctx: EvaluationContext): Value {
  return value === undefined ? null : evaluateJson(value as Value, ctx);
}

async function run(name: string, json: JsonObject, path: string, frame: Frame, sink: ExprRecord[]): Promise<RunStatusName> {
  const { run } = frame;
  const clock = run.services.clock;
  const type = String(json.type);
  const start = clock.now();
  const history: ActionRecord = { name, path, type, status: 'Succeeded', startTime: iso(start), endTime: iso(start), durationMs: 0, retries: 0 };
  if (frame.iteration.length) history.iteration = [...frame.iteration];
  run.history.push(history);
  const record: ExprRecord = { name, startTime: history.startTime, status: 'Running' };
  sink.push(record);
  run.executions++;
  run.services.meter.count(run.flow.name, 'action');

  let recorded: Value | undefined;
  const call: ActionCall = {
    name,
    path,
    json,
    frame,
    run,
    recordInputs: (inputs) => {
      recorded = inputs;
      return inputs;
    },
    evaluate: (value, ctx = frame.ctx) => evaluate(value, ctx),
    runChildren: (actions, f, label = '') => runScope(actions, f, `${path}/${label ? `${label}/` : ''}`, RUNNER),
  };
  let outcome: ActionOutcome;
  try {
    const executor = EXECUTORS[type];
    outcome = executor ? await executor(call) : { status: 'Failed', error: { code: 'UnsupportedAction', message: `The action type '${type}' is not supported by the simulator.` } };
  } catch (e) {
    const f = failureOf(name, e);
    outcome = { status: f.status, error: { code: f.code, message: f.message }, retries: f.retries, ...(f.outputs !== undefined ? { outputs: f.outputs } : {}) };
  }
  if (outcome.inputs === undefined && recorded !== undefined) outcome.inputs = recorded;
  let status: RunStatusName = outcome.status ?? (outcome.error ? 'Failed' : 'Succeeded');
  let error: ErrorInfo | undefined = outcome.error;
  if (run.terminated && !outcome.terminates && status !== 'Failed') {
    status = 'Cancelled';
    error = { code: 'Cancelled', message: 'The run was terminated while the action was running.' };
  }
  const retries = outcome.retries ?? 0;
  if (retries) {
    run.executions += retries;
    run.services.meter.count(run.flow.name, 'retry', retries);
  }

  const end = clock.now();
  history.status = status;
  history.endTime = iso(end);
  history.durationMs = end.getTime() - start.getTime();
  history.retries = retries;
  if (outcome.inputs !== undefined) history.inputs = plain(outcome.inputs);
  if (outcome.outputs !== undefined) history.outputs = plain(outcome.outputs);
  if (error) history.error = error;

  record.status = status;
  record.endTime = history.endTime;
  if (outcome.inputs !== undefined) record.inputs = outcome.inputs;
  if (outcome.outputs !== undefined) record.outputs = outcome.outputs;
  if (error) {
    record.code = error.code;
    record.error = { code: error.code, message: error.message };
  } else record.code = codeOf(outcome.outputs);
  frame.actions[name] = record;
  frame.own[name] = record;
  if (outcome.results) frame.results[name] = outcome.results;
  return status;
}

function skip(name: string, json: JsonObject, path: string, frame: Frame, sink: ExprRecord[], unmet: Dependency, actual: RunStatusName): void {
  const now = frame.run.services.clock.now().toISOString();
  const expected = [...unmet.statuses].map((s) => `'${s}'`).join(', ');
  const error: ErrorInfo = {
    code: 'ActionConditionFailed',
    message: `The execution of template action '${name}' is skipped: the 'runAfter' condition for action '${unmet.target}' is not satisfied. Expected status values ${expected} and actual value '${actual}'.`,
  };
  const history: ActionRecord = { name, path, type: String(json.type), status: 'Skipped', error, startTime: now, endTime: now, durationMs: 0, retries: 0 };
  if (frame.iteration.length) history.iteration = [...frame.iteration];
  frame.run.history.push(history);
  const record: ExprRecord = { name, status: 'Skipped', code: 'ActionSkipped', error: { ...error }, startTime: now, endTime: now };
  sink.push(record);
  frame.actions[name] = record;
  frame.own[name] = record;
}

export const RUNNER: ActionRunner = { run, skip };
