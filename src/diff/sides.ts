// What a `cosell diff` / `cosell graph` argument names: a zip, a folder, a workflow JSON file, a git revision,
// or (none) the working tree, compiled in-process into a temporary folder.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from '../compile/build';
import { readFolder, readSolution } from '../solution/validate/source';
import { type FlowSet, WORKING_TREE, flowSetOfFile, flowSetOfSource } from './flow-set';
import { flowSetOfRevision, withTempDir } from './revision';

/** The project's flows as the working tree builds them (the solution config and components included). */
export async function flowSetOfWorkingTree(root: string): Promise<FlowSet> {
  return withTempDir('cosell-wt-', async (out) => {
    await build({ root, outDir: out });
    return flowSetOfSource(readFolder(join(out, 'solution')), WORKING_TREE);
  });
}

export async function flowSetOf(arg: string | undefined, root: string): Promise<FlowSet> {
  if (arg === undefined) return flowSetOfWorkingTree(root);
  const path = resolve(arg);
  if (existsSync(path)) {
    if (statSync(path).isFile() && path.toLowerCase().endsWith('.json')) return flowSetOfFile(path, arg);
    return flowSetOfSource(await readSolution(path), arg);
  }
  return flowSetOfRevision(root, arg);
}
