// `cosell simulate` as a process: exit codes, the expected/actual diff with the failing run's history, located
// scenario errors, --json, --report, and --solution (flows read from a solution folder).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { solutionFlows } from '../../../src/sim/scenario';
import { CLI, FIXTURES, FIXTURE_FLOWS, ROOT, fixtureFlows } from './helpers';

const fixture = (name: string) => relative(ROOT, join(FIXTURES, name));
const simulate = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'simulate', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const withFixtureFlows = (...args: string[]) => simulate(...args, '--flows', relative(ROOT, FIXTURE_FLOWS));

const tmp = mkdtempSync(join(tmpdir(), 'cosell-simulate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cosell simulate', () => {
  it('exits 0 when every expectation holds', () => {
    const r = withFixtureFlows(fixture('passing.yaml'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ The receiver skeleton answers a genuine event 200 (test/sim/scenario/fixtures/passing.yaml)');
    expect(r.stdout).toContain('1 of 1 scenario(s) passed');
    expect(r.status).toBe(0);
  }, 60_000);

  it("exits 1 with the expected/actual diff and the failing run's history, and writes the report", () => {
    const report = join(tmp, 'report.html');
    const r = withFixtureFlows(fixture('passing.yaml'), fixture('failing-run.yaml'), '--report', report);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      [
        "  test/sim/scenario/fixtures/failing-run.yaml:7: expect.webhook.rows[0].fields.status: webhook row 1: field 'status' differs",
        '      expected: 400',
        '      actual:   502',
        '  test/sim/scenario/fixtures/failing-run.yaml:8: expect.runs.failed: runs failed: expected 0, found 1',
        '      expected: 0',
        '      actual:   1',
        '  failing run(s):',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/run \w+ of 'Partner Center to Dynamics 365': Failed \(ActionFailed: .*\)\n\s+Referral_id\s+Failed\s+InvalidTemplate: .*'split' expects its first parameter to be of type string/);
    expect(r.stdout).toMatch(/\n\s+Is_a_genuine_referral_event\s+Skipped/);
    expect(r.stdout).toContain('1 of 2 scenario(s) passed');
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('A malformed webhook body fails the receiver');
    expect(html).toMatch(/<details class="card action s-failed" data-path="Referral_id" data-status="Failed" open>/);
  }, 60_000);

  it('exits 1 for an invalid scenario file, naming the file, line and field', () => {
    const r = withFixtureFlows(fixture('invalid.yaml'), fixture('passing.yaml'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'test/sim/scenario/fixtures/invalid.yaml:3: steps[0].webhook.deliver.referral: unknown reference $r1 (defined before this point: $receiverUrl)',
    );
    expect(r.stdout).toContain('✓ The receiver skeleton answers a genuine event 200');
  }, 60_000);

  it('prints the results as JSON with --json', () => {
    const r = withFixtureFlows(fixture('failing-run.yaml'), '--json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.passed).toBe(false);
    expect(out.results[0]).toMatchObject({ name: 'A malformed webhook body fails the receiver\'s run', passed: false, failures: [{ line: 7 }, { line: 8 }] });
    expect(out.results[0].runs[0].actions[0]).toMatchObject({ path: 'Referral_id', status: 'Failed' });
  }, 60_000);

  it('runs the flows of a solution folder with --solution, with its environment variable defaults', async () => {
    const solution = join(tmp, 'solution');
    mkdirSync(join(solution, 'Workflows'), { recursive: true });
    for (const f of (await fixtureFlows()).flows) {
      const base = `Receiver-${f.workflowId!.toUpperCase()}.json`;
      writeFileSync(join(solution, 'Workflows', base), JSON.stringify(f.json));
      writeFileSync(join(solution, 'Workflows', `${base}.data.xml`), `<Workflow WorkflowId="{${f.workflowId}}" Name="${f.name}"></Workflow>`);
    }
    mkdirSync(join(solution, 'environmentvariabledefinitions', 'cosell_showcheckmark'), { recursive: true });
    writeFileSync(
      join(solution, 'environmentvariabledefinitions', 'cosell_showcheckmark', 'environmentvariabledefinition.xml'),
      '<environmentvariabledefinition schemaname="cosell_showcheckmark"><defaultvalue>yes</defaultvalue></environmentvariabledefinition>',
    );
    expect((await solutionFlows(solution)).settings).toEqual({ cosell_showcheckmark: 'yes' });
    const r = simulate(fixture('passing.yaml'), '--solution', solution);
    expect(r.stdout).toContain('1 of 1 scenario(s) passed');
    expect(r.status).toBe(0);
  }, 60_000);
});
