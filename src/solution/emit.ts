// Validates the unpacked tree and the zips, writes them to a staging folder, then swaps them into the output
// folder. A failed build (or a failed validation) leaves the output folder as it was.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutFile } from './package';
import { type SolutionFinding, SolutionInvalidError, errorsOf, treeSource, validateSource } from './validate';

export interface EmitInput {
  outDir: string;
  /** The unpacked tree, written to `<outDir>/solution/`. */
  tree: OutFile[];
  /** Packed zips by file name, written to `<outDir>/<name>`, with the entries they hold. */
  zips: { name: string; data: Buffer; entries: OutFile[] }[];
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

/** Returns the written paths relative to outDir: `solution/...` files, then the zips. */
export async function emitSolution(input: EmitInput): Promise<string[]> {
  validateOutput(input);
  const { outDir } = input;
  const staging = join(outDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const written: string[] = [];
    const paths = input.tree.map((f) => join(staging, TREE, ...f.path.split('/')));
    // Folders first, a level at a time (parents before children, siblings at once), then every file at once: the
    // file system calls overlap on libuv's pool instead of waiting on each other in turn.
    mkdirSync(join(staging, TREE), { recursive: true });
    const levels: Set<string>[] = [];
    for (const f of input.tree) {
      const segments = f.path.split('/').slice(0, -1);
      for (let depth = 1; depth <= segments.length; depth++) (levels[depth - 1] ??= new Set()).add(segments.slice(0, depth).join('/'));
    }
    for (const level of levels) await Promise.all([...level].map((dir) => mkdir(join(staging, TREE, ...dir.split('/')), { recursive: true })));
    await Promise.all([
      ...input.tree.map((f, i) => writeFile(paths[i]!, f.data)),
      ...input.zips.map((z) => writeFile(join(staging, z.name), z.data)),
    ]);
    for (const f of input.tree) written.push(`${TREE}/${f.path}`);
    for (const z of input.zips) written.push(z.name);
    const old = join(outDir, `.old-${process.pid}`);
    rmSync(old, { recursive: true, force: true });
    if (existsSync(join(outDir, TREE))) renameSync(join(outDir, TREE), old);
    renameSync(join(staging, TREE), join(outDir, TREE));
    for (const z of input.zips) renameSync(join(staging, z.name), join(outDir, z.name));
    rmSync(old, { recursive: true, force: true });
    return written;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
