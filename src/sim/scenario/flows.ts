// Where a scenario's flows come from: compiled in-process from flows-src (what `cosell build` would write), or
// read from a built or exported solution (dist/solution, a zip). Either way the simulator runs workflow JSON,
// with the environment variables' default values as settings.
import { join, relative } from 'node:path';
import { compileAll, loadFlows } from '../../compile/build';
import { formatProblem } from '../../compile/problem';
import { loadSolutionConfig } from '../../solution/config';
import { readSolution } from '../../solution/validate/source';
import { readSolutionFlows } from '../runtime';

export interface FlowJson {
  json: unknown;
  name: string;
  workflowId?: string;
  file: string;
}

export interface FlowSet {
  /** `flows-src` or the solution's path, for messages. */
  origin: string;
  flows: FlowJson[];
  /** Environment variable default values by schema name. */
  settings: Record<string, unknown>;
  /** Flows that failed to compile: display name (`?` when the module did not load) -> formatted problems. */
  problems: Map<string, string[]>;
}

/** Compiles `<root>/flows-src/*.flow.ts` (only `files`, by base name, when given), collecting problems. */
export async function compileProject(root: string, o: { flowsDir?: string; files?: string[] } = {}): Promise<FlowSet> {
  const config = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const flowsDir = o.flowsDir ?? join(root, 'flows-src');
  const wanted = (file: string | undefined) =>
    !o.files || o.files.some((f) => file !== undefined && (file.endsWith(f) || file.endsWith(`${f}.flow.ts`)));
  const loaded = await loadFlows(flowsDir, root);
  const flows = loaded.flows.filter((f) => wanted(f.file));
  const { compiled, problems } = compileAll(flows, config);
  const byFlow = new Map<string, string[]>();
  for (const p of [...loaded.problems.filter((p) => wanted(p.file)), ...problems]) {
    byFlow.set(p.flow, [...(byFlow.get(p.flow) ?? []), formatProblem(p)]);
  }
  const files = new Map(flows.map((f) => [f.flow, f.file]));
  return {
    origin: relative(process.cwd(), flowsDir) || flowsDir,
    flows: compiled.map((c) => ({
      json: c.clientdata,
      name: c.flow.displayName,
      workflowId: c.workflowId,
      file: files.get(c.flow) ?? c.flow.displayName,
    })),
    settings: Object.fromEntries(
      config.environmentVariables.filter((e) => e.defaultValue !== undefined).map((e) => [e.schemaName, e.defaultValue]),
    ),
    problems: byFlow,
  };
}

const unescapeXml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The flows of a solution folder or zip, and its environment variables' default values. */
export async function solutionFlows(path: string): Promise<FlowSet> {
  const source = await readSolution(path);
  const settings: Record<string, unknown> = {};
  for (const [file, bytes] of source.files) {
    if (!/(^|\/)environmentvariabledefinition\.xml$/i.test(file)) continue;
    const xml = bytes.toString('utf8');
    const name = /<environmentvariabledefinition\b[^>]*\bschemaname="([^"]+)"/i.exec(xml)?.[1];
    const value = /<defaultvalue>([\s\S]*?)<\/defaultvalue>/i.exec(xml)?.[1];
    if (name && value !== undefined) settings[name] = unescapeXml(value);
  }
  const flows = (await readSolutionFlows(path)).map((f) => ({
    json: f.json,
    name: f.name ?? f.file,
    ...(f.workflowId ? { workflowId: f.workflowId } : {}),
    file: f.file,
  }));
  return { origin: path, flows, settings, problems: new Map() };
}

/**
 * The flows a scenario loads: `names` (every flow when absent). Fails when a wanted flow is missing or did not
 * compile; a compile problem in a flow the scenario does not load is only a note.
 */
export function selectFlows(set: FlowSet, names: string[] | undefined): { flows: FlowJson[]; errors: string[]; notes: string[] } {
  const errors: string[] = [];
  const notes: string[] = [];
  const problems = [...set.problems];
  if (!names) {
    for (const [, list] of problems) errors.push(...list);
    return { flows: set.flows, errors, notes };
  }
  for (const [flow, list] of problems) {
    if (names.includes(flow)) errors.push(...list);
    else notes.push(`not loaded, and it does not compile: ${list.join('; ')}`);
  }
  for (const name of names) {
    if (!set.flows.some((f) => f.name === name) && !set.problems.has(name)) {
      errors.push(`${set.origin}: no flow named '${name}' (flows: ${set.flows.map((f) => f.name).join(', ') || 'none'})`);
    }
  }
  return { flows: set.flows.filter((f) => names.includes(f.name)), errors, notes };
}
