// `cosell lint` as a user runs it: exit codes, the three formats, and the default target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixturePath } from './helpers';

const cli = join(ROOT, 'scripts', 'cosell.mjs');
const lint = (...args: string[]) => spawnSync(process.execPath, [cli, 'lint', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('cosell lint', { timeout: 30_000 }, () => {
  it('exits 1 on an error and names the file, flow, action and rule', () => {
    const r = lint(fixturePath('self-update-loop', 'bad'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error: test\/lint\/fixtures\/self-update-loop\/bad\.json:\d+: flow 'bad': action 'Rename': .* \[self-update-loop\]$/m);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 error, 1 warning, 0 notes in 1 flow');
  });

  it('exits 0 with warnings only', () => {
    const r = lint(fixturePath('until-without-limits', 'bad'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[until-without-limits]');
  });

  it('writes SARIF and JSON to stdout', () => {
    const sarif = JSON.parse(lint('--format', 'sarif', fixturePath('secret-literal', 'bad')).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.filter((r: any) => r.ruleId === 'secret-literal')).toHaveLength(4);
    const json = JSON.parse(lint('--format', 'json', fixturePath('secret-literal', 'bad')).stdout);
    expect(json.summary.errors).toBe(4);
  });

  it('rejects an unknown format, and says what to do when dist/solution is missing', () => {
    expect(lint('--format', 'xml').status).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'cosell-lint-root-'));
    const r = lint('--root', empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nothing to lint: .*dist\/solution does not exist \(run npm run build, or pass paths\)/);
  });
});
