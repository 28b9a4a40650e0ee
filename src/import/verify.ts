// The round trip: load generated modules, compile them as the build does, and compare with the export.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFlow } from '../compile/compile-flow';
import { CompileError } from '../compile/problem';
import type { ProjectModel } from '../compile/project';
import { workflowIdOf } from '../compile/render-context';
import { Flow } from '../dsl';
import { type Comparison, compareFlows } from './compare';
import type { JsonObject, SourceFlow } from './json';

export interface RoundTrip {
  /** The rebuilt clientdata, when the module loaded and compiled. */
  rebuilt?: JsonObject;
  comparison?: Comparison;
  /** Why it could not be rebuilt; `paths` are the actions (or trigger) the problems were located at. */
  failure?: { message: string; paths: string[] };
}

export interface RoundTripInput {
  source: SourceFlow;
  /** The generated module's file name and text. */
  file: string;
  code: string;
  project: ProjectModel;
}

/** Action paths by action name (names are unique in a flow), for problems located by name only. */
function pathsByName(definition: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (map: unknown, prefix: string) => {
    if (!map || typeof map !== 'object') return;
    for (const [name, a] of Object.entries<JsonObject>(map as JsonObject)) {
      out.set(name, prefix + name);
      const p = `${prefix}${name}/`;
      visit(a?.actions, p);
      visit(a?.else?.actions, `${p}else/`);
      visit(a?.default?.actions, `${p}default/`);
      for (const [k, c] of Object.entries<JsonObject>(a?.cases ?? {})) visit(c?.actions, `${p}${k}/`);
    }
  };
  visit(definition.actions, '');
  for (const name of Object.keys(definition.triggers ?? {})) out.set(name, `triggers/${name}`);
  return out;
}

/** Writes the modules to `dir` (which must resolve the DSL import they name), loads and compiles them together. */
export async function roundTrip(inputs: RoundTripInput[], dir: string): Promise<RoundTrip[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const i of inputs) writeFileSync(join(dir, i.file), i.code);
  const loaded: (Flow | Error)[] = [];
  for (const i of inputs) {
    try {
      const mod = await import(pathToFileURL(join(dir, i.file)).href);
      loaded.push(mod.default instanceof Flow ? mod.default : new Error('the module has no default-exported flow'));
    } catch (e) {
      loaded.push(e as Error);
    }
  }
  const flows = loaded.filter((f): f is Flow => f instanceof Flow);
  const childIds = new Map<string, string>();
  inputs.forEach((i, n) => {
    const f = loaded[n];
    if (i.source.id && f instanceof Flow) childIds.set(i.source.id, workflowIdOf(f));
  });
  return inputs.map((i, n) => {
    const f = loaded[n]!;
    if (!(f instanceof Flow)) return { failure: { message: `the generated module failed to load: ${f.message}`, paths: [] } };
    try {
      const rebuilt = compileFlow(f, i.project, { flows }).clientdata;
      return { rebuilt, comparison: compareFlows(i.source.clientdata, rebuilt, childIds) };
    } catch (e) {
      if (!(e instanceof CompileError)) return { failure: { message: (e as Error).message, paths: [] } };
      const byName = pathsByName(i.source.clientdata.properties?.definition ?? {});
      const paths = e.problems
        .map((p) => (p.path?.startsWith('triggers/') ? p.path : (byName.get(p.path?.split('/').pop() ?? '') ?? '')))
        .filter(Boolean);
      return { failure: { message: e.problems.map((p) => `${p.path ?? ''}: ${p.message}`).join('; '), paths } };
    }
  });
}
