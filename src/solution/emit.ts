// Validates the unpacked tree and the zips, writes them to a staging folder, then swaps them into the output
// folder. A failed build (or a failed validation) leaves the output folder as it was. The tree a build replaces is
// kept as `.previous-solution`, which the next build writes over.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { OutFile } from './package';
import { type SolutionFinding, SolutionInvalidError, errorsOf, treeSource, validateSource } from './validate';

export interface EmitInput {
  outDir: string;
  /** The unpacked tree, written to `<outDir>/solution/`. */
  tree: OutFile[];
  /** Packed zips by file name, written to `<outDir>/<name>`, with the entries they hold (the bytes may still be coming). */
  zips: { name: string; data: Buffer | Promise<Buffer>; entries: OutFile[] }[];
}

const TREE = 'solution';

/**
 * The build validates its own output as `cosell validate` would — the very bytes it writes: the tree's files and
 * each zip's entries (zipEntries itself refuses directory entries and backslashes) — before anything replaces dist/.
 */
function validateOutput(input: EmitInput): void {
  const sources = [
    treeSource(input.tree, TREE),
    ...input.zips.map((z) => ({ ...treeSource(z.entries, z.name), layout: 'packed' as const })),
  ];
  const failures: { origin: string; finding: SolutionFinding }[] = [];
  for (const source of sources) for (const finding of errorsOf(validateSource(source))) failures.push({ origin: source.origin, finding });
  if (failures.length) throw new SolutionInvalidError(failures);
}

/** Removes a file or folder, if there, on libuv's pool: a tree's entries go at once, not one after another. */
const remove = (path: string) => rm(path, { recursive: true, force: true });

/** Renames, or reports that `from` was not there. */
async function renameIfThere(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * The previous build's tree, kept beside the output: the next build writes its tree over it and swaps it in. Files
 * are rewritten in place rather than created anew, which on ext4 is several times faster than creating hundreds of
 * files next to just-deleted ones (the inode allocator skips recently deleted inodes one by one).
 */
const SPARE = '.previous-solution';

/** The unpacked tree, written into `<staging>/solution/`: over the spare tree when there is one, else a new folder. */
async function stage(tree: OutFile[], outDir: string, staging: string, old: string): Promise<void> {
  await Promise.all([remove(staging), remove(old)]);
  await mkdir(staging, { recursive: true });
  const target = join(staging, TREE);
  // Taken by rename, so two builds into one folder never share it.
  if (await renameIfThere(join(outDir, SPARE), target).catch(() => false)) {
    try {
      return await writeTree(tree, target, true);
    } catch {
      // A spare that cannot be written over (not a folder, a file made read-only): the tree is written afresh.
      await remove(target);
    }
  }
  await writeTree(tree, target, false);
}

async function writeTree(tree: OutFile[], target: string, over: boolean): Promise<void> {
  const dirs = new Set<string>();
  for (const f of tree) {
    const segments = f.path.split('/').slice(0, -1);
    for (let depth = 1; depth <= segments.length; depth++) dirs.add(segments.slice(0, depth).join('/'));
  }
  if (over) {
    // What the previous tree has and this one does not goes first (and a file where a folder must be, or the reverse).
    const keep = new Set([...dirs, ...tree.map((f) => f.path)]);
    const stale = (await readdir(target, { recursive: true, withFileTypes: true }))
      .map((e) => ({ rel: relative(target, join(e.parentPath, e.name)).split(sep).join('/'), e }))
      // Only folders and regular files stay (a pipe or a link where a file belongs is replaced, not written through).
      .filter(({ rel, e }) => !keep.has(rel) || (dirs.has(rel) ? !e.isDirectory() : !e.isFile()));
    await Promise.all(stale.map((e) => remove(join(target, ...e.rel.split('/')))));
  }
  await mkdir(target, { recursive: true });
  await Promise.all([...dirs].map((dir) => mkdir(join(target, ...dir.split('/')), { recursive: true })));
  await Promise.all(tree.map((f) => writeFile(join(target, ...f.path.split('/')), f.data)));
}

/** Returns the written paths relative to outDir: `solution/...` files, then the zips. */
export async function emitSolution(input: EmitInput): Promise<string[]> {
  // Awaited below; a validation failure first must not leave a rejection of the zips' bytes unhandled.
  for (const z of input.zips) Promise.resolve(z.data).catch(() => {});
  // The zips may still be deflating on libuv's pool meanwhile.
  validateOutput(input);
  const { outDir } = input;
  const staging = join(outDir, `.staging-${process.pid}`);
  const old = join(outDir, `.old-${process.pid}`);
  try {
    await stage(input.tree, outDir, staging, old);
    const zips = await Promise.all(input.zips.map((z) => z.data));
    await Promise.all(input.zips.map((z, i) => writeFile(join(staging, z.name), zips[i]!)));
    // The swap: the previous tree moves aside, the new one and the zips move in; the previous tree is kept as the
    // spare the next build writes over (or goes, when another build already left one).
    await renameIfThere(join(outDir, TREE), old);
    await rename(join(staging, TREE), join(outDir, TREE));
    await Promise.all(input.zips.map((z) => rename(join(staging, z.name), join(outDir, z.name))));
    if (!(await renameIfThere(old, join(outDir, SPARE)).catch(() => false))) await remove(old);
    return [...input.tree.map((f) => `${TREE}/${f.path}`), ...input.zips.map((z) => z.name)];
  } finally {
    await remove(staging);
  }
}
