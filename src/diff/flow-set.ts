// The flows, environment variables and connection references of one side of a diff, read from a solution
// (zip or folder, packed or unpacked), a folder of workflow JSON, or one workflow JSON file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { flowFiles } from '../solution/validate/flows';
import { readModel } from '../solution/validate/model';
import type { SolutionSource } from '../solution/validate/source';
import { txt } from '../solution/validate/xml';
import { ENV_TYPE_NAMES } from '../solution/views';
import { type FlowDoc, identityOf, isWorkflowJson } from './flow-doc';

/** The label of the working tree's side. */
export const WORKING_TREE = 'working tree';

export interface EnvVarInfo {
  schemaName: string;
  type: string;
  defaultValue: string;
}

export interface ConnectionReferenceInfo {
  logicalName: string;
  connectorId: string;
}

export interface FlowSet {
  /** How the side is named in output: a revision, a path, `working tree`. */
  label: string;
  flows: FlowDoc[];
  /** What the solution declares; absent for loose workflow JSON. */
  environmentVariables?: EnvVarInfo[];
  connectionReferences?: ConnectionReferenceInfo[];
}


const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function parseJsonFile(path: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`${path}: the workflow JSON is not well-formed: ${(e as Error).message}`);
  }
}

/** Every workflow JSON file of a folder or zip without solution XML (loose flows, legacy flow packages). */
function looseFlows(source: SolutionSource): FlowDoc[] {
  const flows: FlowDoc[] = [];
  for (const [path, bytes] of source.files) {
    if (!path.toLowerCase().endsWith('.json')) continue;
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      continue; // not every JSON file of a folder is a flow
    }
    if (isWorkflowJson(json)) flows.push({ ...identityOf(path, json), file: path, json });
  }
  return flows.sort(byKey((f) => f.file));
}

export function flowSetOfSource(source: SolutionSource, label: string): FlowSet {
  const model = readModel(source);
  if (!model.customizations) return { label, flows: looseFlows(source) };
  const flows: FlowDoc[] = [];
  const seen = new Set<string>();
  for (const f of flowFiles(model)) {
    // A workflow declared twice (customizations.xml and its .data.xml) is one flow.
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    if (f.problem || !f.json) throw new Error(`${source.origin}: ${f.path}: ${f.problem?.message ?? 'unreadable'}`);
    const known = identityOf(f.path, f.json);
    const id = f.workflow.id.replace(/[{}]/g, '').toLowerCase() || known.id;
    flows.push({ ...(id ? { id } : {}), name: f.workflow.name || known.name, file: f.path, json: f.json });
  }
  return {
    label,
    flows: flows.sort(byKey((f) => f.file)),
    environmentVariables: model.envVars
      .map((e) => ({
        schemaName: e.schemaName,
        type: ENV_TYPE_NAMES[txt(e.node.type)] ?? txt(e.node.type),
        defaultValue: txt(e.node.defaultvalue),
      }))
      .sort(byKey((e) => e.schemaName)),
    connectionReferences: model.connectionReferences
      .map((c) => ({ logicalName: c.logicalName, connectorId: c.connectorId }))
      .sort(byKey((c) => c.logicalName)),
  };
}

/** One workflow JSON file. */
export function flowSetOfFile(path: string, label: string): FlowSet {
  const json = parseJsonFile(path, readFileSync(path));
  if (!isWorkflowJson(json)) throw new Error(`${path}: not a workflow JSON file (no triggers or actions)`);
  return { label, flows: [{ ...identityOf(basename(path), json), file: basename(path), json }] };
}
