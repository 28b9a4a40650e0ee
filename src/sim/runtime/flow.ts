// A loaded flow: its workflow JSON, validated (the compiler's whole-flow checks plus the
// runtime's structural checks), with parameters resolved and trigger settings read.
import { basename } from 'node:path';
import { checkWorkflow } from '../../compile/checks';
import { type JsonObject, isObject, modelOf } from '../../compile/definition';
import type { Problem } from '../../compile/problem';
import { deriveGuid } from '../../dsl/names';
import type { Value } from '../../expr';
import { FlowLoadError } from './errors';
import { type Settings, resolveParameters } from './parameters';
import { shapeFindings } from './shape';

export interface LoadedFlow {
  /** Display name; runs, meters and `trigger(name)` use it. */
  readonly name: string;
  /** Lower-case GUID without braces. */
  readonly workflowId: string;
  readonly file?: string;
  /** The clientdata `properties`: `definition`, `connectionReferences`. */
  readonly properties: JsonObject;
  readonly definition: JsonObject;
  readonly connectionReferences: Record<string, JsonObject>;
  readonly triggerName: string;
  readonly trigger: JsonObject;
  readonly parameters: Readonly<Record<string, Value>>;
  /** Whether any action is a Response: callers then wait for it, else get 202 at once. */
  readonly hasResponse: boolean;
  /** `runtimeConfiguration.concurrency` of the trigger: `runs` at once, `maximumWaitingRuns` queued. */
  readonly concurrency: { runs?: number; maximumWaitingRuns?: number };
}

export interface LoadOptions {
  name?: string;
  workflowId?: string;
  file?: string;
  settings?: Settings;
}

const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export const normalizeWorkflowId = (id: string): string => id.replace(/[{}]/g, '').trim().toLowerCase();

/** The `properties` of a clientdata envelope, of `properties` itself, or of a bare definition. */
function propertiesOf(json: unknown): JsonObject | undefined {
  if (!isObject(json)) return undefined;
  if (isObject(json.properties) && isObject(json.properties.definition)) return json.properties;
  if (isObject(json.definition)) return json;
  if (isObject(json.triggers) || isObject(json.actions)) return { definition: json, connectionReferences: {} };
  return undefined;
}

export function loadFlow(json: unknown, options: LoadOptions = {}): LoadedFlow {
  const fileBase = options.file ? basename(options.file).replace(/\.json$/i, '') : undefined;
  const name = options.name ?? (fileBase ? fileBase.replace(new RegExp(`-${GUID.source}$`, 'i'), '') : undefined) ?? 'Flow';
  const fail = (problems: Omit<Problem, 'flow' | 'file'>[]): never => {
    throw new FlowLoadError(problems.map((p) => ({ ...(options.file ? { file: options.file } : {}), flow: name, ...p })));
  };
  const properties = propertiesOf(json);
  if (!properties) return fail([{ message: 'not a workflow: expected { "properties": { "definition": { "triggers", "actions" } } }' }]);
  const definition = properties.definition as JsonObject;
  const model = modelOf(definition);
  const findings = [...shapeFindings(model, properties), ...checkWorkflow(properties)];
  if (findings.length) fail(findings.map((f) => ({ path: f.path, ...(f.field ? { field: f.field } : {}), message: f.message })));

  let parameters: Record<string, Value>;
  try {
    parameters = resolveParameters(definition, options.settings);
  } catch (e) {
    return fail([{ path: 'definition', field: 'parameters', message: e instanceof Error ? e.message : String(e) }]);
  }
  const [triggerName, trigger] = Object.entries(model.triggers)[0] as [string, JsonObject];
  const concurrency = trigger.runtimeConfiguration?.concurrency ?? {};
  const positive = (v: unknown) => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : undefined);
  const runs = positive(concurrency.runs);
  const maximumWaitingRuns = positive(concurrency.maximumWaitingRuns);
  const fromFile = options.file ? GUID.exec(basename(options.file))?.[1] : undefined;
  return {
    name,
    workflowId: normalizeWorkflowId(options.workflowId ?? fromFile ?? deriveGuid('workflow', name)),
    ...(options.file ? { file: options.file } : {}),
    properties,
    definition,
    connectionReferences: isObject(properties.connectionReferences) ? properties.connectionReferences : {},
    triggerName,
    trigger,
    parameters,
    hasResponse: model.actions.some((a) => a.json.type === 'Response'),
    concurrency: { ...(runs ? { runs } : {}), ...(maximumWaitingRuns ? { maximumWaitingRuns } : {}) },
  };
}
