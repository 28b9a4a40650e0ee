// Imports a module of the project (a flow, the mapping module) by its TypeScript path. When `cosell build` runs from
// its bundle (scripts/bundled.mjs), the module is already bundled with the toolkit — one copy of the DSL classes —
// and is imported from there; otherwise the path itself is imported (through tsx).
import { pathToFileURL } from 'node:url';

const BUNDLED = Symbol.for('cosell.bundledModules');

/** Bundled module URLs by absolute source path, set by scripts/bundled.mjs before the CLI loads. */
function bundled(): ReadonlyMap<string, string> | undefined {
  return (globalThis as Record<symbol, ReadonlyMap<string, string> | undefined>)[BUNDLED];
}

export async function importProjectModule(path: string): Promise<unknown> {
  return import(bundled()?.get(path) ?? pathToFileURL(path).href);
}
