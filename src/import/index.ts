// `cosell import`: exported flows -> DSL modules, verified by rebuilding them; whatever typed code does not
// reproduce is rewritten raw, and anything still different is reported, never silently lost.
import { join, relative } from 'node:path';
import type { ProjectModel } from '../compile/project';
import { workflowIdOf } from '../compile/render-context';
import { type ChildTarget, FlowContext, type ImportNote } from './context';
import { type FlowPlan, generateFlow } from './flow';
import { type JsonObject, type SourceFlow, isObject, normaliseGuid } from './json';
import { flowFileName } from './names';
import { type ImportProject, importProject } from './project';
import type { ImportSource } from './read';
import { triggerCode } from './triggers';
import { type RoundTrip, roundTrip } from './verify';

export { compareFlows, NORMALISATIONS } from './compare';
export { readFlowFile, readImportSource } from './read';
export type { SourceFlow } from './json';

export interface ImportOptions {
  /** Where the modules will live: their import of the DSL is relative to it. */
  outDir: string;
  /** The DSL's folder (`<root>/src/dsl`). */
  dslDir: string;
  /** Verify each flow by rebuilding it from modules written here (a folder that resolves the DSL the same way). */
  scratchDir?: string;
  /** The model each flow compiles against; by default, read back from the flow (see projectOfFlow). */
  project?: (flow: SourceFlow) => ProjectModel;
  /** How many rebuild-and-fall-back rounds at most (default 4). */
  rounds?: number;
}

export interface ImportedFlow {
  source: SourceFlow;
  /** File name in outDir. */
  file: string;
  code: string;
  notes: ImportNote[];
  /** The last round trip, when verified. */
  roundTrip?: RoundTrip;
  /** Paths written raw because typed output did not round-trip (a translator gap worth fixing). */
  fellBack: string[];
}

export interface ImportResult {
  flows: ImportedFlow[];
  project: ImportProject;
}

/** Every `host.workflowReferenceName` in a flow (the child flows it runs). */
function childRefs(props: JsonObject): string[] {
  const out: string[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (isObject(x)) {
      if (isObject(x.host) && typeof x.host.workflowReferenceName === 'string')
        out.push(normaliseGuid(x.host.workflowReferenceName));
      Object.values(x).forEach(visit);
    }
  };
  visit(props.definition?.actions);
  return out;
}

/** Flows other imported flows call, that can be written as typed child flows: GUID -> target. */
function childTargets(sources: SourceFlow[], files: string[], forced: Map<SourceFlow, Set<string>>): Map<string, ChildTarget> {
  const called = new Set(sources.flatMap((s) => childRefs(s.clientdata.properties ?? {})));
  const out = new Map<string, ChildTarget>();
  sources.forEach((s, i) => {
    if (!s.id || !called.has(s.id)) return;
    const props = s.clientdata.properties ?? {};
    const [name, json] = Object.entries<JsonObject>(props.definition?.triggers ?? {})[0] ?? [];
    if (!name || forced.get(s)!.has(`triggers/${name}`)) return;
    const t = triggerCode(name, json ?? {}, new FlowContext(props, new Set(), new Map()), false);
    // childFlow(...) takes no trigger options: only a plain manual trigger qualifies.
    if (t.manual && (t.code === `manual(${t.manual.spec})` || t.code === 'manual()'))
      out.set(s.id, { name: s.name, module: `./${files[i]!.replace(/\.ts$/, '')}`, inputs: t.manual.inputs });
  });
  return out;
}

export async function importFlows(sources: SourceFlow[], options: ImportOptions, source?: ImportSource): Promise<ImportResult> {
  const project = importProject(sources, source);
  const taken = new Set<string>();
  const files = sources.map((s) => flowFileName(s.name, taken));
  const names = new Map<string, number>();
  for (const s of sources) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  const forced = new Map(sources.map((s) => [s, new Set<string>()]));
  const fellBack = new Map(sources.map((s) => [s, [] as string[]]));
  const hopeless = new Map(sources.map((s) => [s, new Set<string>()]));
  const projectOf = options.project ?? ((f: SourceFlow) => project.perFlow.get(f)!);

  const keyOf = (s: SourceFlow, i: number) => (names.get(s.name)! > 1 ? (s.id ?? `${s.name} ${i + 1}`) : undefined);
  const rebuiltIds = new Map<string, string>();
  sources.forEach((s, i) => s.id && rebuiltIds.set(s.id, workflowIdOf({ displayName: s.name, key: keyOf(s, i) })));

  const generate = async (outDir: string) => {
    const children = childTargets(sources, files, forced);
    const dsl = relative(outDir, options.dslDir).split('\\').join('/');
    return Promise.all(
      sources.map((s, i) => {
        const plan: FlowPlan = {
          source: s,
          file: files[i]!,
          key: keyOf(s, i),
          children,
          asChild: Boolean(s.id && children.has(s.id)),
          forcedRaw: forced.get(s)!,
          rebuiltIds,
        };
        return generateFlow(plan, dsl.startsWith('.') ? dsl : `./${dsl}`);
      }),
    );
  };

  let trips: RoundTrip[] | undefined;
  if (options.scratchDir) {
    // Each round rewrites raw what did not round-trip; the last round only verifies.
    const rounds = options.rounds ?? 4;
    for (let round = 0; round <= rounds; round++) {
      const dir = join(options.scratchDir, `round-${round}`);
      const generated = await generate(dir);
      const inputs = generated.map((g, i) => ({
        source: sources[i]!,
        file: files[i]!,
        code: g.code,
        project: projectOf(sources[i]!),
      }));
      trips = await roundTrip(inputs, dir);
      if (round === rounds) break;
      let more = false;
      trips.forEach((t, i) => {
        const s = sources[i]!;
        const paths =
          t.failure?.paths ?? (t.comparison?.differences ?? []).map((d) => d.path).filter((p) => /^(actions|triggers)\//.test(p));
        for (const path of paths.map((p) => p.replace(/^actions\//, ''))) {
          if (hopeless.get(s)!.has(path)) continue;
          if (forced.get(s)!.has(path)) {
            // Raw JSON differs too (runAfter, a flow-level fact): keep the typed code and report the difference.
            hopeless.get(s)!.add(path);
            forced.get(s)!.delete(path);
            fellBack.set(
              s,
              fellBack.get(s)!.filter((p) => p !== path),
            );
          } else {
            forced.get(s)!.add(path);
            fellBack.get(s)!.push(path);
          }
          more = true;
        }
      });
      if (!more) break;
    }
  }
  const final = await generate(options.outDir);
  return {
    project,
    flows: final.map((g, i) => ({
      source: sources[i]!,
      file: files[i]!,
      code: g.code,
      notes: g.notes,
      roundTrip: trips?.[i],
      fellBack: fellBack.get(sources[i]!)!,
    })),
  };
}
