// `cosell build`: compile every flow of flows-src/ and write them under dist/ — all or nothing.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Flow } from '../dsl';
import { type DocsResult, docsFlows, writeFlowDocs } from '../graph/write-docs';
import { lintProblems } from '../lint/compiled';
import { loadSolutionConfig } from '../solution/config';
import { emitSolution } from '../solution/emit';
import { zipFileName } from '../solution/names';
import { packageSolution } from '../solution/package';
import { projectProducers } from '../solution/project-producers';
import { type ConnectorProducer, type PackageParts, type PartsProducer, type SchemaProducer, fromConnectors, fromSchema, mergeParts } from '../solution/parts';
import { markPrechecked } from '../solution/validate/checks/flow-json';
import { Deflater, zipAll } from '../solution/zip';
import { type CompiledFlow, compileFlow } from './compile-flow';
import { writeFieldMappingDoc } from '../graph/field-mapping/write';
import { prettyJson } from './format';
import { importProjectModule } from './project-module';
import { CompileError, type Problem, formatProblem } from './problem';
import type { ProjectModel } from './project';

export interface BuildOptions {
  root: string;
  outDir?: string;
  flowsDir?: string;
  /** Flows to build instead of importing flowsDir's `*.flow.ts` (benchmarks, tests). */
  flows?: { file: string; flow: Flow }[];
  /** The Dataverse schema components (tables, columns, option sets, form) from solution.yaml; default none. */
  schema?: SchemaProducer;
  /** The custom connectors (RootComponent 372, `<Connectors>`, `Connector/` files); default none. */
  connectors?: ConnectorProducer;
  /** Any other component producers. */
  parts?: PartsProducer[];
  /** Add the project's declared schema and connectors when `schema`/`connectors` are not given (default true). */
  projectComponents?: boolean;
  /** Lint the compiled flows and fail on error findings (default true; benchmarks of synthetic copies turn it off). */
  lint?: boolean;
  /**
   * Also write each flow's page (Mermaid diagram, tables) here, e.g. `<root>/docs/flows`, once the build succeeded,
   * and the field-mapping guide next to it (`<root>/docs/field-mapping.md`) when the project has flows-src/mapping.
   */
  docsDir?: string;
}

export interface BuildResult {
  outDir: string;
  /** Written paths relative to outDir: `solution/...` (the unpacked tree), then the two zips. */
  files: string[];
  flows: CompiledFlow[];
  /** Absolute paths of the packed zips. */
  zips: { unmanaged: string; managed: string };
  /** Flow pages written (changed) and removed under docsDir; `written` also holds a changed field-mapping guide. */
  docs: DocsResult;
}

/** Imports each `*.flow.ts` and returns its default-exported flow. */
export async function loadFlows(flowsDir: string, root: string): Promise<{ flows: { file: string; flow: Flow }[]; problems: Problem[] }> {
  const flows: { file: string; flow: Flow }[] = [];
  const problems: Problem[] = [];
  const files = readdirSync(flowsDir).filter((f) => f.endsWith('.flow.ts')).sort();
  for (const name of files) {
    const file = relative(root, join(flowsDir, name));
    try {
      const mod = (await importProjectModule(join(flowsDir, name))) as { default?: unknown };
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
  const configFile = join(root, 'solution-template', 'solution.yaml');
  const config = loadSolutionConfig(configFile);
  const loaded = options.flows ? { flows: options.flows, problems: [] } : await loadFlows(options.flowsDir ?? join(root, 'flows-src'), root);
  const { compiled, problems } = compileAll(loaded.flows, config);
  problems.unshift(...loaded.problems);
  if (problems.length) throw new CompileError(problems);
  compiled.sort((a, b) => (a.workflowId < b.workflowId ? -1 : a.workflowId > b.workflowId ? 1 : 0));
  // Each flow's JSON starts deflating on libuv's pool at once: the zips hold these very bytes, and lint, packaging
  // and validation run on the main thread meanwhile.
  const deflater = new Deflater();
  const flows = await Promise.all(
    compiled.map(async (c) => {
      const json = await prettyJson(c.clientdata);
      const bytes = Buffer.from(json, 'utf8');
      // compileFlow ran the whole-flow checks on these very properties: validating the output need not repeat them.
      markPrechecked(bytes);
      void deflater.deflate(bytes);
      return { displayName: c.flow.displayName, workflowId: c.workflowId, json, bytes };
    }),
  );

  // Lint (src/lint): error-severity findings fail the build like compile problems; the others are printed.
  const lint = options.lint === false ? { errors: [], warnings: [] } : lintProblems(compiled, loaded.flows);
  for (const w of lint.warnings) console.warn(`${w.severity}: ${formatProblem(w.problem)}`);
  if (lint.errors.length) throw new CompileError(lint.errors);

  const context = { root, configFile };
  const produced: PackageParts[] = [];
  const defaults = options.projectComponents === false ? {} : projectProducers(root, config);
  const schema = options.schema ?? defaults.schema;
  const connectors = options.connectors ?? defaults.connectors;
  if (schema) produced.push(fromSchema(await schema(config, context)));
  if (connectors) produced.push(fromConnectors(await connectors(config, context)));
  for (const producer of options.parts ?? []) produced.push(await producer(config, context));

  const pkg = packageSolution({ config, flows, parts: mergeParts(produced) });
  const names = {
    unmanaged: zipFileName(config.solution.uniqueName, config.solution.version, false),
    managed: zipFileName(config.solution.uniqueName, config.solution.version, true),
  };
  // The two zips share every entry but solution.xml: each is deflated once, on libuv's pool, while emitSolution
  // validates the output on the main thread.
  const zipped = zipAll([pkg.unmanaged, pkg.managed], deflater);
  // Staged, validated, then swapped in: a failed build leaves dist/ as it was.
  const files = await emitSolution({
    outDir,
    tree: pkg.unpacked,
    zips: [
      { name: names.unmanaged, data: zipped.then((z) => z[0]!), entries: pkg.unmanaged },
      { name: names.managed, data: zipped.then((z) => z[1]!), entries: pkg.managed },
    ],
  });
  // Flow pages (src/graph), only once everything above succeeded.
  const docs = options.docsDir ? writeFlowDocs(options.docsDir, root, docsFlows(compiled, loaded.flows)) : { written: [], removed: [] };
  // docs/field-mapping.md, generated from flows-src/mapping (src/graph/field-mapping).
  if (options.docsDir) docs.written.push(...(await writeFieldMappingDoc(root, options.docsDir, config)));
  return { outDir, files, flows: compiled, zips: { unmanaged: join(outDir, names.unmanaged), managed: join(outDir, names.managed) }, docs };
}
