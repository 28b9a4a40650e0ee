// Reads what `cosell lint` is given: workflow JSON files, solution folders (packed or unpacked), zips, or any folder
// holding exported workflow JSON. Display names and ids come from the solution XML when present, else the file name.
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { referencedPath, readModel } from '../solution/validate/model';
import { readSolution } from '../solution/validate/source';
import { type LintFlow, lintFlow, workflowProperties } from './flow';

export interface LintInputs {
  flows: LintFlow[];
  /** Paths that could not be read, or files that are not workflows. */
  problems: string[];
}

const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** `Name-GUID.json` -> name and lower-case id. */
function fromFileName(path: string): { name: string; workflowId?: string } {
  const base = basename(path).replace(/\.json$/i, '');
  const id = GUID.exec(base)?.[1];
  return { name: id ? base.replace(`-${id}`, '') || base : base, ...(id ? { workflowId: id.toLowerCase() } : {}) };
}

const parse = (text: string): unknown => JSON.parse(text.replace(/^\uFEFF/, ''));

export async function readLintInputs(paths: readonly string[], cwd = process.cwd()): Promise<LintInputs> {
  const flows: LintFlow[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const shown = relative(cwd, abs).split('\\').join('/') || '.';
    let isFile;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (isFile && !/\.zip$/i.test(abs)) {
      const text = readFileSync(abs, 'utf8');
      let properties;
      try {
        properties = workflowProperties(parse(text));
      } catch (e) {
        problems.push(`${shown}: not valid JSON: ${(e as Error).message}`);
        continue;
      }
      if (!properties) problems.push(`${shown}: not a workflow definition (no definition with triggers or actions)`);
      else flows.push(lintFlow({ ...fromFileName(abs), properties, origin: { file: shown, text } }));
      continue;
    }
    let source;
    try {
      source = await readSolution(abs);
    } catch (e) {
      problems.push((e as Error).message);
      continue;
    }
    const model = readModel(source);
    const declared = new Map(model.workflows.map((w) => [referencedPath(model, w.jsonFileName), w]));
    for (const [entry, bytes] of source.files) {
      if (!/\.json$/i.test(entry)) continue;
      const text = bytes.toString('utf8');
      let properties;
      try {
        properties = workflowProperties(parse(text));
      } catch (e) {
        if (/^Workflows\//i.test(entry)) problems.push(`${shown}: ${entry}: not valid JSON: ${(e as Error).message}`);
        continue;
      }
      if (!properties) continue;
      const w = declared.get(entry);
      const named = fromFileName(entry);
      const id = w?.id.replace(/[{}]/g, '').toLowerCase() || named.workflowId;
      const origin = isFile ? { file: shown, entry, text } : { file: join(shown, entry).split('\\').join('/'), text };
      flows.push(lintFlow({ name: w?.name || named.name, ...(id ? { workflowId: id } : {}), properties, origin }));
    }
  }
  return { flows, problems };
}
