// Writes docs/flows/<flow-file-base>.md for each flow, and removes generated pages of flows that are gone.
// Files whose content is unchanged are not rewritten; pages without the generated marker are never touched.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { CompiledFlow } from '../compile/compile-flow';
import { workflowFileName } from '../compile/file-names';
import { type DocsFlow, GENERATED_MARKER, docsPage } from './docs-page';

/** `flows-src/partner-center-to-dynamics.flow.ts` → `partner-center-to-dynamics`. */
export const pageBase = (source: string) =>
  basename(source)
    .replace(/\.flow\.[cm]?[jt]s$/, '')
    .replace(/\.[^.]+$/, '');

export interface DocsResult {
  written: string[];
  removed: string[];
}

/** Page file name → content for the flows, as `dir` holds them; `root`: what the flows' `source` is relative to. */
export function flowPages(dir: string, root: string, flows: Omit<DocsFlow, 'sourceLink'>[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const flow of [...flows].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) {
    let name = `${pageBase(flow.source)}.md`;
    for (let n = 2; pages.has(name); n++) name = `${pageBase(flow.source)}-${n}.md`;
    const sourceLink = relative(dir, join(root, flow.source)).split(sep).join('/');
    pages.set(name, docsPage({ ...flow, sourceLink }));
  }
  return pages;
}

export function writeFlowDocs(dir: string, root: string, flows: Omit<DocsFlow, 'sourceLink'>[]): DocsResult {
  mkdirSync(dir, { recursive: true });
  const result: DocsResult = { written: [], removed: [] };
  const pages = flowPages(dir, root, flows);
  for (const [name, text] of pages) {
    const file = join(dir, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    result.written.push(file);
  }
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || pages.has(name)) continue;
    const file = join(dir, name);
    if (readFileSync(file, 'utf8').startsWith(GENERATED_MARKER)) {
      unlinkSync(file);
      result.removed.push(file);
    }
  }
  return result;
}

/** The pages' facts of compiled flows; `sources` gives each flow's file, relative to the project root. */
export function docsFlows(compiled: CompiledFlow[], sources: { file: string; flow: unknown }[]): Omit<DocsFlow, 'sourceLink'>[] {
  const fileOf = new Map(sources.map((s) => [s.flow, s.file.split(sep).join('/')]));
  return compiled.map((c) => ({
    name: c.flow.displayName,
    source: fileOf.get(c.flow) ?? c.flow.source?.replace(/:\d+$/, '') ?? workflowFileName(c.flow.displayName, c.workflowId),
    workflowFile: `Workflows/${workflowFileName(c.flow.displayName, c.workflowId)}`,
    workflowId: c.workflowId,
    json: c.clientdata,
  }));
}
