// The flows of a git revision, as that revision builds them.
//
// The revision's tree is extracted with `git archive` (read-only: no worktree, no index, nothing to clean up in
// .git), this checkout's node_modules is linked in, and the revision's own `scripts/cosell.mjs build` runs in a
// child process. Its own compiler and DSL build its flows: compiling an old flows-src with today's DSL would fail
// on any API change and would not show what that revision actually shipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readFolder } from '../solution/validate/source';
import { type FlowSet, flowSetOfSource } from './flow-set';

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8' });
  if (r.error) throw new Error(`git is not available: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** The commit a revision names, or undefined when it names none (or there is no repository). */
export function resolveRevision(root: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  const r = spawnSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Runs `body` with a fresh temporary folder and removes the folder afterwards. */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function flowSetOfRevision(root: string, rev: string, label = rev): Promise<FlowSet> {
  const commit = resolveRevision(root, rev);
  if (!commit) throw new Error(`${rev}: neither a file, a folder nor a git revision`);
  const top = git(root, ['rev-parse', '--show-toplevel']);
  const prefix = relative(top, root);
  return withTempDir('cosell-diff-', async (tmp) => {
    const tree = join(tmp, 'tree');
    const out = join(tmp, 'out');
    git(top, ['archive', '--format=tar', '-o', join(tmp, 'tree.tar'), commit]);
    mkdirSync(tree);
    const tar = spawnSync('tar', ['-xf', join(tmp, 'tree.tar'), '-C', tree], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`cannot extract ${rev}: ${tar.stderr || tar.error?.message}`);
    const project = join(tree, prefix);
    const cli = join(project, 'scripts', 'cosell.mjs');
    if (!existsSync(cli)) throw new Error(`${rev}: ${relative(top, root) || '.'} has no scripts/cosell.mjs to build with`);
    const modules = join(project, 'node_modules');
    const linked = !existsSync(modules);
    if (linked) symlinkSync(join(root, 'node_modules'), modules, 'dir');
    try {
      const r = spawnSync(process.execPath, [cli, 'build', '--root', project, '--out', out], {
        cwd: project,
        encoding: 'utf8',
        timeout: 300_000,
      });
      if (r.status !== 0) throw new Error(`building ${rev} failed:\n${(r.stderr || r.error?.message || '').trim()}`);
    } finally {
      if (linked) unlinkSync(modules); // never let the recursive removal reach the real node_modules
    }
    return flowSetOfSource(readFolder(join(out, 'solution')), label);
  });
}
