// `cosell diff` as a user runs it: folders, a git revision built by its own checkout, exit codes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/compile/build';
import { flowSetOfRevision, resolveRevision } from '../../src/diff';
import { root } from './helpers';

const cli = join(root, 'scripts', 'cosell.mjs');
const cosell = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

describe('cosell diff', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cosell-diff-cli-'));
    await build({ root: join(root, 'test', 'fixtures', 'projects', 'ok'), outDir: join(dir, 'a'), projectComponents: false });
    cpSync(join(dir, 'a', 'solution'), join(dir, 'b'), { recursive: true });
    const workflows = join(dir, 'b', 'Workflows');
    const greeter = readdirSync(workflows).find((f) => f.startsWith('Greeter-') && f.endsWith('.json'))!;
    const json = JSON.parse(readFileSync(join(workflows, greeter), 'utf8'));
    const actions = json.properties.definition.actions;
    actions.Welcome = actions.Greet;
    delete actions.Greet;
    writeFileSync(join(workflows, greeter), JSON.stringify(json));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints Markdown and, with --exit-code, exits 1 when something changed', () => {
    const r = cosell('diff', join(dir, 'a', 'solution'), join(dir, 'b'), '--exit-code');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `## Flow changes: \`${join(dir, 'a', 'solution')}\` → \`${join(dir, 'b')}\`\n\n### Greeter\n\n- renamed \`Greet\` → \`Welcome\`\n`,
    );
  }, 60_000);

  it('prints JSON with --json, and reads a zip', () => {
    const r = cosell('diff', join(dir, 'a', 'FixtureSolution_1_0_0_0.zip'), join(dir, 'b'), '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.flows.map((f: { name: string; changes: unknown[] }) => [f.name, f.changes])).toEqual([
      ['Greeter', [{ kind: 'action-renamed', action: 'Welcome', from: 'Greet' }]],
    ]);
  }, 60_000);

  it('fails with a message for something that is neither a path nor a revision', () => {
    const r = cosell('diff', 'no-such-revision-or-path');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-revision-or-path: neither a file, a folder nor a git revision');
  }, 60_000);

  // Needs the project's git history (not there in a source tarball).
  it.skipIf(!resolveRevision(root, 'HEAD'))(
    'builds a git revision with its own build: HEAD against itself has no changes',
    async () => {
      const head = await flowSetOfRevision(root, 'HEAD');
      expect(head.flows.length).toBeGreaterThan(0);
      expect(head.flows.every((f) => f.id && f.file.startsWith('Workflows/'))).toBe(true);
      expect(head.environmentVariables?.length).toBeGreaterThan(0);
      const r = cosell('diff', 'HEAD', 'HEAD');
      expect(r.stdout).toBe('## Flow changes: `HEAD` → `HEAD`\n\nNo changes to flows, environment variables or connection references.\n');
    },
    120_000,
  );
});
