// `cosell build`: compile every flow of flows-src/ and write them under dist/ — all or nothing.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Flow } from '../dsl';
import { loadSolutionConfig } from '../solution/config';
import { type CompiledFlow, compileFlow } from './compile-flow';
import { workflowFileName } from './file-names';
import { formatJson } from './format';
import { CompileError, type Problem } from './problem';
import type { ProjectModel } from './project';

export interface BuildOptions {
  root: string;
  outDir?: string;
  flowsDir?: string;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  flows: CompiledFlow[];
}

/** Imports each `*.flow.ts` and returns its default-exported flow. */
export async function loadFlows(flowsDir: string, root: string): Promise<{ flows: { file: string; flow: Flow }[]; problems: Problem[] }> {
  const flows: { file: string; flow: Flow }[] = [];
  const problems: Problem[] = [];
  const files = readdirSync(flowsDir).filter((f) => f.endsWith('.flow.ts')).sort();
  for (const name of files) {
    const file = relative(root, join(flowsDir, name));
    try {
      const mod = await import(pathToFileURL(join(flowsDir, name)).href);
      if (!(mod.default instanceof Flow)) problems.push({ file, flow: '?', message: 'the file has no default-exported flow' });
      else flows.push({ file, flow: mod.default });
    } catch (e) {
      problems.push({ file, flow: '?', message: `the flow module failed to load: ${(e as Error).message}` });
    }
  }
  return { flows, problems };
}

/** Compiles flows together, collecting every located problem rather than stopping at the first. */
export function compileAll(flows: { file: string; flow: Flow }[], project: ProjectModel): { compiled: CompiledFlow[]; problems: Problem[] } {
  const compiled: CompiledFlow[] = [];
  const problems: Problem[] = [];
  const all = flows.map((f) => f.flow);
  const seen = new Map<string, string>();
  for (const { file, flow } of flows) {
    const id = flow.key ?? flow.displayName;
    if (seen.has(id)) problems.push({ file, flow: flow.displayName, message: `another flow (${seen.get(id)}) has the same name or key` });
    seen.set(id, file);
    try {
      compiled.push(compileFlow(flow, project, { file, flows: all }));
    } catch (e) {
      if (e instanceof CompileError) problems.push(...e.problems);
      else problems.push({ file, flow: flow.displayName, message: (e as Error).message });
    }
  }
  return { compiled, problems };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = options.root;
  const outDir = options.outDir ?? join(root, 'dist');
  const project = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const loaded = await loadFlows(options.flowsDir ?? join(root, 'flows-src'), root);
  const { compiled, problems } = compileAll(loaded.flows, project);
  problems.unshift(...loaded.problems);
  if (problems.length) throw new CompileError(problems);

  // Write everything to a staging folder, then swap it in: a failed build leaves dist/ as it was.
  const staging = join(outDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const files: string[] = [];
  for (const c of compiled.sort((a, b) => a.workflowId.localeCompare(b.workflowId))) {
    const rel = join('solution', 'Workflows', workflowFileName(c.flow.displayName, c.workflowId));
    mkdirSync(join(staging, 'solution', 'Workflows'), { recursive: true });
    writeFileSync(join(staging, rel), await formatJson(c.clientdata));
    files.push(rel);
  }
  const target = join(outDir, 'solution');
  const old = join(outDir, `.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(join(staging, 'solution'), target);
  rmSync(old, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  return { outDir, files, flows: compiled };
}
