// Flows for the diff tests: the project's compiled flow, and small flows compiled from the DSL.
import { join } from 'node:path';
import { compileAll, loadFlows } from '../../src/compile/build';
import type { JsonObject } from '../../src/compile/definition';
import type { FlowDoc, FlowSet } from '../../src/diff';
import type { Flow } from '../../src/dsl';
import { loadSolutionConfig } from '../../src/solution/config';
import { compile } from '../dsl/helpers';

export const root = join(__dirname, '..', '..');

/** flows-src/<file> compiled as `cosell build` compiles it, as a flow document. */
export async function projectFlow(file: string): Promise<FlowDoc> {
  const config = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const loaded = await loadFlows(join(root, 'flows-src'), root);
  const { compiled } = compileAll(loaded.flows, config);
  const c = compiled.find((x) => loaded.flows.find((f) => f.flow === x.flow)?.file === `flows-src/${file}`);
  if (!c) throw new Error(`flows-src/${file} did not compile`);
  return { id: c.workflowId, name: c.flow.displayName, file: `Workflows/${file}.json`, json: structuredClone(c.clientdata) as JsonObject };
}

/** A DSL flow compiled with the DSL tests' project model. */
export function dslFlow(f: Flow): FlowDoc {
  const c = compile(f);
  return {
    id: c.workflowId,
    name: f.displayName,
    file: `Workflows/${f.displayName}.json`,
    json: { properties: c.properties, schemaVersion: '1.0.0.0' },
  };
}

export const flowSet = (label: string, ...flows: FlowDoc[]): FlowSet => ({ label, flows });

/** A copy of the flow with its JSON edited. */
export function edited(doc: FlowDoc, edit: (definition: JsonObject, json: JsonObject) => void): FlowDoc {
  const json = structuredClone(doc.json);
  edit(json.properties.definition, json);
  return { ...doc, json };
}

/** A copy with every occurrence of a name replaced in the JSON text: keys, runAfter and expressions alike. */
export function renamedEverywhere(doc: FlowDoc, from: string, to: string): FlowDoc {
  return { ...doc, json: JSON.parse(JSON.stringify(doc.json).replaceAll(`"${from}"`, `"${to}"`).replaceAll(`'${from}'`, `'${to}'`)) };
}
