// Validates the unpacked tree and the zips, writes them to a staging folder, then swaps them into the output
// folder. A failed build (or a failed validation) leaves the output folder as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    const made = new Set<string>();
    for (const f of input.tree) {
      const path = join(staging, TREE, ...f.path.split('/'));
      if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
      made.add(dirname(path));
      writeFileSync(path, f.data);
      written.push(`${TREE}/${f.path}`);
    }
    mkdirSync(staging, { recursive: true });
    for (const z of input.zips) {
      writeFileSync(join(staging, z.name), z.data);
      written.push(z.name);
    }
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
