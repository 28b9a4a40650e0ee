// `cosell build` as a user runs it: deterministic output, and a failed build leaves dist/ untouched.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../support/tree';

const root = join(__dirname, '..', '..');
const cli = join(root, 'scripts', 'cosell.mjs');
const project = (name: string) => join(root, 'test', 'fixtures', 'projects', name);

const build = (name: string, out: string) =>
  spawnSync(process.execPath, [cli, 'build', '--root', project(name), '--out', out], { encoding: 'utf8' });

describe('cosell build', () => {
  it('is byte-identical across two builds', () => {
    const a = mkdtempSync(join(tmpdir(), 'cosell-a-'));
    const b = mkdtempSync(join(tmpdir(), 'cosell-b-'));
    execFileSync(process.execPath, [cli, 'build', '--root', project('ok'), '--out', a]);
    execFileSync(process.execPath, [cli, 'build', '--root', project('ok'), '--out', b]);
    const first = snapshot(a);
    const workflows = Object.keys(first).filter((f) => /^solution\/Workflows\/[^/]+\.json$/.test(f));
    expect(workflows).toHaveLength(2);
    expect(workflows.every((f) => /^solution\/Workflows\/(Greeter|Counter)-[0-9A-F-]{36}\.json$/.test(f))).toBe(true);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['FixtureSolution_1_0_0_0.zip', 'FixtureSolution_1_0_0_0_managed.zip']));
    expect(snapshot(b)).toEqual(first);
  }, 60_000);

  it('fails with located errors and leaves the previous dist/ intact', () => {
    const out = mkdtempSync(join(tmpdir(), 'cosell-keep-'));
    expect(build('ok', out).status).toBe(0);
    const before = snapshot(out);
    const failed = build('broken', out);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      "flows-src/broken.flow.ts: flow 'Broken': action 'Too_early': inputs: outputs('Later') refers to an action that does not run before 'Too_early'",
    );
    expect(failed.stderr).toContain('flows-src/not-a-flow.flow.ts');
    expect(failed.stderr).toContain('the file has no default-exported flow');
    expect(failed.stderr).toContain('dist/ was left unchanged');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
