// A workflow to lint: its JSON (from a file, a solution or an in-process compile), its model, and where it came from.
import { type DefinitionModel, type JsonObject, isObject, modelOf } from '../compile/definition';

export interface LintOrigin {
  /** The file on disk: a workflow JSON, a solution zip, or the flow's TS file when compiled in-process. */
  readonly file: string;
  /** The path inside a zip, when `file` is one. */
  readonly entry?: string;
  /** The workflow JSON text, for best-effort line numbers. */
  readonly text?: string;
}

/** TS source locations (`file:line`) of a flow compiled from flows-src/. */
export interface FlowSources {
  /** Where `flow(...)` is called: used for the trigger and flow-level findings. */
  readonly flow?: string | undefined;
  /** Action name -> where the action is declared (read on demand: only findings need it). */
  readonly actions: { get(name: string): string | undefined };
}

export interface LintFlow {
  /** Display name. */
  readonly name: string;
  /** Lower-case workflow GUID, when known (file name, solution XML or compile). */
  readonly workflowId?: string;
  /** The clientdata `properties`: `connectionReferences`, `definition`. */
  readonly properties: JsonObject;
  readonly model: DefinitionModel;
  readonly origin: LintOrigin;
  readonly sources?: FlowSources;
  /**
   * The build's whole-flow checks (src/compile/checks) already passed on exactly these `properties` — true for a
   * flow just compiled by compileFlow, which fails on any finding — so the lint rules made from them find nothing.
   */
  readonly checked?: boolean;
}

/** The clientdata `properties` of any workflow JSON shape, or undefined when `json` is not a workflow. */
export function workflowProperties(json: unknown): JsonObject | undefined {
  if (!isObject(json)) return undefined;
  if (isObject(json.properties) && isObject(json.properties.definition)) return json.properties; // clientdata envelope
  if (isObject(json.definition) && (isObject(json.definition.triggers) || isObject(json.definition.actions))) return json; // properties
  if (isObject(json.triggers) || isObject(json.actions)) return { definition: json }; // a bare definition
  return undefined;
}

export function lintFlow(init: Omit<LintFlow, 'model'>): LintFlow {
  return { ...init, model: modelOf(init.properties.definition ?? {}) };
}

/** The first trigger's name and JSON. */
export function triggerOf(flow: LintFlow): { name: string; json: JsonObject } | undefined {
  const [entry] = Object.entries(flow.model.triggers);
  return entry && isObject(entry[1]) ? { name: entry[0], json: entry[1] } : undefined;
}
