// TS source lines of flows-src flows for `cosell lint`: compiled in-process, matched to workflow JSON by workflow id.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll, loadFlows } from '../compile/build';
import { loadSolutionConfig } from '../solution/config';
import type { FlowSources, LintFlow } from './flow';
import { flowSources } from './sources';

/** Workflow id -> TS sources of the project's flows under `<root>/flows-src`; empty when there is no project or it does not compile. */
export async function projectSources(root: string): Promise<Map<string, FlowSources>> {
  const out = new Map<string, FlowSources>();
  const flowsDir = join(root, 'flows-src');
  const configFile = join(root, 'solution-template', 'solution.yaml');
  if (!existsSync(flowsDir) || !existsSync(configFile)) return out;
  try {
    const { flows } = await loadFlows(flowsDir, root);
    for (const c of compileAll(flows, loadSolutionConfig(configFile)).compiled) out.set(c.workflowId.toLowerCase(), flowSources(c.flow));
  } catch {
    // An invalid solution.yaml: lint the JSON without TS lines; `cosell build` reports the problem.
  }
  return out;
}

/** The flows with TS sources attached where their workflow id is one of the project's flows. */
export const withSources = (flows: LintFlow[], sources: Map<string, FlowSources>): LintFlow[] =>
  flows.map((f) => {
    const s = f.workflowId ? sources.get(f.workflowId) : undefined;
    return s ? { ...f, sources: s } : f;
  });
