// Validates the unpacked tree and the zips, writes them to a staging folder, then swaps them into the output
// folder. A failed build (or a failed validation) leaves the output folder as it was.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** The unpacked tree, written into the staging folder (emptied first). */
async function stage(tree: OutFile[], staging: string, old: string): Promise<void> {
  await Promise.all([remove(staging), remove(old)]);
  // Folders first, a level at a time (parents before children, siblings at once), then every file at once.
  await mkdir(join(staging, TREE), { recursive: true });
  const levels: Set<string>[] = [];
  for (const f of tree) {
    const segments = f.path.split('/').slice(0, -1);
    for (let depth = 1; depth <= segments.length; depth++) (levels[depth - 1] ??= new Set()).add(segments.slice(0, depth).join('/'));
  }
  for (const level of levels) await Promise.all([...level].map((dir) => mkdir(join(staging, TREE, ...dir.split('/')), { recursive: true })));
  await Promise.all(tree.map((f) => writeFile(join(staging, TREE, ...f.path.split('/')), f.data)));
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
  // File system calls are asynchronous throughout, so that independent ones overlap on libuv's pool instead of
  // waiting on each other in turn (a synchronous recursive rm of the previous tree alone cost more than the rest).
  const staged = stage(input.tree, staging, old);
  try {
    await staged;
    const zips = await Promise.all(input.zips.map((z) => z.data));
    await Promise.all(input.zips.map((z, i) => writeFile(join(staging, z.name), zips[i]!)));
    // The swap: the previous tree moves aside, the new one and the zips move in, then the previous tree goes.
    await renameIfThere(join(outDir, TREE), old);
    await rename(join(staging, TREE), join(outDir, TREE));
    await Promise.all(input.zips.map((z) => rename(join(staging, z.name), join(outDir, z.name))));
    await remove(old);
    return [...input.tree.map((f) => `${TREE}/${f.path}`), ...input.zips.map((z) => z.name)];
  } finally {
    // Whatever staging was still doing settles before its folder goes.
    await staged.catch(() => {});
    await remove(staging);
  }
}
