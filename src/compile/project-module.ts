// Imports a module of the project (a flow, the mapping module) by its TypeScript path. When `cosell build` runs from
// its bundle (scripts/bundled.mjs), the module is already bundled with the toolkit — one copy of the DSL classes —
// and is imported from there; otherwise the path itself is imported (through tsx).
import { pathToFileURL } from 'node:url';

const BUNDLED = Symbol.for('cosell.bundledModules');

/** Bundled modules by absolute source path, set by scripts/bundled.mjs before the CLI loads: each evaluates on call. */
function bundled(): ReadonlyMap<string, () => unknown> | undefined {
  return (globalThis as Record<symbol, ReadonlyMap<string, () => unknown> | undefined>)[BUNDLED];
}

export async function importProjectModule(path: string): Promise<unknown> {
  const load = bundled()?.get(path);
  return load ? load() : import(pathToFileURL(path).href);
}
