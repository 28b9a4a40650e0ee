// Small hand-written workflows and fakes for the runtime tests.
import type { ActionRecord, ConnectorAdapter, ConnectorRequest, HttpClient, RunRecord, ServiceResponse } from '../../../src/sim/contracts';
import { Simulator, type SimulatorOptions } from '../../../src/sim/runtime';

export type Json = Record<string, any>;

export const manualTrigger: Json = { manual: { type: 'Request', kind: 'Http', inputs: { schema: {} } } };

/** A clientdata envelope around `actions` (and optional trigger, parameters, connection references). */
export function workflow(actions: Json, extra: { triggers?: Json; parameters?: Json; connectionReferences?: Json } = {}): Json {
  return {
    properties: {
      connectionReferences: extra.connectionReferences ?? {},
      definition: {
        $schema: 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
        contentVersion: '1.0.0.0',
        parameters: { $authentication: { defaultValue: {}, type: 'SecureObject' }, ...extra.parameters },
        triggers: extra.triggers ?? manualTrigger,
        actions,
      },
    },
    schemaVersion: '1.0.0.0',
  };
}

/** A simulator with one flow loaded as 'Test'; returns both. */
export function simWith(actions: Json, options: SimulatorOptions = {}, extra: Parameters<typeof workflow>[1] = {}) {
  const sim = new Simulator(options);
  sim.load(workflow(actions, extra), { name: 'Test' });
  return sim;
}

/** Runs 'Test' once with `body` as trigger body. */
export async function runOnce(actions: Json, body: unknown = {}, options: SimulatorOptions = {}, extra: Parameters<typeof workflow>[1] = {}) {
  const sim = simWith(actions, options, extra);
  const run = (await sim.trigger('Test', { body }))!;
  return { sim, run };
}

/** The one history record of the action at `path` (fails when there are several or none). */
export function action(run: RunRecord, path: string): ActionRecord {
  const found = run.actions.filter((a) => a.path === path);
  if (found.length !== 1) throw new Error(`expected one record of '${path}', found ${found.length}: ${run.actions.map((a) => a.path).join(', ')}`);
  return found[0]!;
}

export const statuses = (run: RunRecord) => Object.fromEntries(run.actions.map((a) => [a.path, a.status]));

export const ok = (body: unknown = {}, statusCode = 200, headers: Record<string, string> = {}): ServiceResponse => ({ statusCode, headers, body });

/** An adapter answering from a script (last answer repeats), recording every request. */
export function scriptedAdapter(...answers: Array<ServiceResponse | Error | ((r: ConnectorRequest) => ServiceResponse)>) {
  const requests: ConnectorRequest[] = [];
  const adapter: ConnectorAdapter = {
    async invoke(request) {
      requests.push(request);
      const next = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (next instanceof Error) throw next;
      return typeof next === 'function' ? next(request) : next;
    },
  };
  return { adapter, requests };
}

/** An HttpClient answering from a script, recording every request. */
export function scriptedHttp(...answers: Array<ServiceResponse | Error>) {
  const requests: Array<{ method: string; uri: string; headers: Record<string, string>; body: unknown }> = [];
  const client: HttpClient = {
    async request(method, uri, headers, body) {
      requests.push({ method, uri, headers, body });
      const next = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return { client, requests };
}

export const compose = (inputs: unknown, runAfter: Json = {}): Json => ({ type: 'Compose', inputs, runAfter });
