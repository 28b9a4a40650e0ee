// Structural checks the runtime needs before it runs a flow, located by action path and field.
import { type DefinitionModel, isObject } from '../../compile/definition';
import type { Finding } from '../../compile/finding';
import { EXECUTORS } from './actions';

type Check = (json: Record<string, any>, connectionReferences: Record<string, any>) => [field: string, message: string] | undefined;

const need = (field: string, ok: (json: Record<string, any>) => boolean, what: string): Check => (json) =>
  ok(json) ? undefined : [field, `${json.type} needs ${what}`];

const has = (v: unknown) => v !== undefined && v !== null;

const CHECKS: Record<string, Check[]> = {
  If: [need('expression', (j) => has(j.expression), 'an expression')],
  Switch: [need('expression', (j) => has(j.expression), 'an expression'), need('cases', (j) => isObject(j.cases), 'a cases object')],
  Foreach: [need('foreach', (j) => has(j.foreach), "a 'foreach' array expression")],
  Until: [need('expression', (j) => has(j.expression), 'an expression')],
  Terminate: [need('inputs.runStatus', (j) => has(j.inputs?.runStatus), 'inputs.runStatus')],
  InitializeVariable: [need('inputs.variables', (j) => Array.isArray(j.inputs?.variables), 'an inputs.variables array')],
  SetVariable: [need('inputs.name', (j) => typeof j.inputs?.name === 'string', 'inputs.name')],
  IncrementVariable: [need('inputs.name', (j) => typeof j.inputs?.name === 'string', 'inputs.name')],
  DecrementVariable: [need('inputs.name', (j) => typeof j.inputs?.name === 'string', 'inputs.name')],
  AppendToArrayVariable: [need('inputs.name', (j) => typeof j.inputs?.name === 'string', 'inputs.name')],
  AppendToStringVariable: [need('inputs.name', (j) => typeof j.inputs?.name === 'string', 'inputs.name')],
  ParseJson: [need('inputs.schema', (j) => isObject(j.inputs?.schema), 'an inputs.schema object')],
  Query: [need('inputs.from', (j) => has(j.inputs?.from), 'inputs.from'), need('inputs.where', (j) => has(j.inputs?.where), 'inputs.where')],
  Select: [need('inputs.from', (j) => has(j.inputs?.from), 'inputs.from'), need('inputs.select', (j) => has(j.inputs?.select), 'inputs.select')],
  Join: [need('inputs.from', (j) => has(j.inputs?.from), 'inputs.from')],
  Http: [need('inputs.uri', (j) => has(j.inputs?.uri), 'inputs.uri')],
  Workflow: [need('inputs.host.workflowReferenceName', (j) => typeof j.inputs?.host?.workflowReferenceName === 'string', 'inputs.host.workflowReferenceName')],
  OpenApiConnection: [connection],
  OpenApiConnectionWebhook: [connection],
};

function connection(json: Record<string, any>, refs: Record<string, any>): [string, string] | undefined {
  const host = json.inputs?.host;
  if (typeof host?.operationId !== 'string') return ['inputs.host.operationId', `${json.type} needs inputs.host.operationId`];
  if (typeof refs[host.connectionName]?.api?.name !== 'string') {
    return ['inputs.host.connectionName', `connection '${host.connectionName}' has no connection reference with an api.name`];
  }
  return undefined;
}

/** Findings that make a flow unrunnable: no single trigger, actions that are not objects or of unknown types, missing members. */
export function shapeFindings(model: DefinitionModel, properties: Record<string, any>): Finding[] {
  const findings: Finding[] = [];
  const add = (path: string, message: string, field?: string) => findings.push({ check: 'simulator', path, message, ...(field ? { field } : {}) });
  const triggers = Object.keys(model.triggers);
  if (triggers.length !== 1) add('definition', `a flow has exactly one trigger; this one has ${triggers.length}`, 'triggers');
  for (const name of triggers) if (!isObject(model.triggers[name])) add(`triggers/${name}`, 'the trigger must be an object');
  if (!isObject(model.definition.actions)) add('definition', 'definition.actions must be an object', 'actions');
  const refs = isObject(properties.connectionReferences) ? properties.connectionReferences : {};
  for (const a of model.actions) {
    const raw = a.scope.actions[a.name];
    if (!isObject(raw)) {
      add(a.path, 'the action must be an object');
      continue;
    }
    const type = raw.type;
    if (typeof type !== 'string') {
      add(a.path, "the action has no 'type'", 'type');
      continue;
    }
    if (!(type in EXECUTORS)) {
      add(a.path, `the action type '${type}' is not supported by the simulator (supported: ${Object.keys(EXECUTORS).join(', ')})`, 'type');
      continue;
    }
    for (const check of CHECKS[type] ?? []) {
      const problem = check(raw, refs);
      if (problem) add(a.path, problem[1], problem[0]);
    }
  }
  return findings;
}
