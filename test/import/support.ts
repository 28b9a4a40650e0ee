// Shared by the import tests: where generated modules go, the round trip, and typechecking generated code.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { compileFlow } from '../../src/compile/compile-flow';
import type { ProjectModel } from '../../src/compile/project';
import { workflowIdOf } from '../../src/compile/render-context';
import type { Flow } from '../../src/dsl';
import { type ImportOptions, type ImportResult, type SourceFlow, importFlows } from '../../src/import';
import type { ImportSource } from '../../src/import/read';

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(__dirname, '../../../shared');
export const HAVE_SHARED = existsSync(SHARED);
export const SKIP_REASON = `skipped: reference data folder ${SHARED} is absent (real exported flows live there, outside the project)`;
export const title = (name: string): string => (HAVE_SHARED ? name : `${name} (${SKIP_REASON})`);

/** Git-ignored (its own .gitignore); each test writes under its own subfolder. */
export const GENERATED = path.join(__dirname, '.generated');

export function scratch(name: string): string {
  const dir = path.join(GENERATED, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(GENERATED, '.gitignore'), '*\n');
  return dir;
}

/** Imports flows with verification, writing the final modules to `<dir>/out`. */
export async function runImport(
  sources: SourceFlow[],
  dir: string,
  options: Partial<ImportOptions> = {},
  source?: ImportSource,
): Promise<ImportResult> {
  const outDir = path.join(dir, 'out');
  const result = await importFlows(
    sources,
    { outDir, dslDir: path.join(ROOT, 'src', 'dsl'), scratchDir: path.join(dir, 'verify'), ...options },
    source,
  );
  mkdirSync(outDir, { recursive: true });
  for (const f of result.flows) writeFileSync(path.join(outDir, f.file), f.code);
  return result;
}

/** A compiled DSL flow as an exported flow: its clientdata under its display name and workflow id. */
export function exportOf(flow: Flow, project: ProjectModel, all: Flow[]): SourceFlow {
  const c = compileFlow(flow, project, { flows: all });
  return {
    name: flow.displayName,
    id: workflowIdOf(flow),
    file: `${flow.displayName}.json`,
    clientdata: JSON.parse(JSON.stringify(c.clientdata)),
  };
}

/** Type errors in the generated modules of a folder, under the project's compiler options. */
export function typeErrors(dir: string): string[] {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (f) => readFileSync(f, 'utf8'));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.flow.ts'))
    .map((f) => project.addSourceFileAtPath(path.join(dir, f)));
  project.resolveSourceFileDependencies();
  return files.flatMap((f) =>
    f.getPreEmitDiagnostics().map((d) => {
      const m = d.getMessageText();
      return `${path.basename(f.getFilePath())}:${d.getLineNumber()}: ${typeof m === 'string' ? m : m.getMessageText()}`;
    }),
  );
}

/** Notes of a kind, as `path: message` lines. */
export const notesOf = (r: ImportResult, kind: string) =>
  r.flows.flatMap((f) => f.notes.filter((n) => n.kind === kind).map((n) => `${f.source.name} ${n.path}: ${n.message}`));
