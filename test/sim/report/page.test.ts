// The run report's HTML: one self-contained page, per scenario and run the action cards, failed actions and
// failing scenarios open, succeeded ones closed, everything escaped.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, renderRun } from '../../../src/sim/report';
import type { RunRecord } from '../../../src/sim/contracts';
import type { ScenarioResult } from '../../../src/sim/scenario';
import { fixtureResults } from './helpers';

let results: ScenarioResult[];
let html: string;
beforeAll(async () => {
  results = await fixtureResults();
  html = renderReport(results, { origin: 'test/sim/scenario/fixtures/flows' });
}, 60_000);

describe('run report', () => {
  it('is self-contained: inline style and script, no external resource', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('opens the failing scenario, its failed run and the failed action; the rest starts closed', () => {
    expect(html).toContain('1 of 2 scenario(s) passed');
    expect(html).toMatch(/<details class="fail" open><summary><span class="badge fail">Failed<\/span><h2>A malformed webhook body/);
    expect(html).toMatch(/<details class="pass"><summary><span class="badge pass">Passed<\/span><h2>The receiver skeleton/);
    expect(html).toMatch(/<details class="card action s-failed" data-path="Referral_id" data-status="Failed" open>/);
    expect(html).toMatch(/<details class="card action s-skipped" data-path="Is_a_genuine_referral_event" data-status="Skipped">/);
    expect(html).toMatch(/<details class="card action s-succeeded" data-path="Is_a_genuine_referral_event\/Accept" data-status="Succeeded">/);
  });

  it("shows each mismatch with the file, line and field, expected and actual", () => {
    expect(html).toContain('test/sim/scenario/fixtures/failing-run.yaml:7 · expect.webhook.rows[0].fields.status');
    expect(html).toContain('<tr><th>expected</th><td><pre>400</pre></td></tr><tr><th>actual</th><td><pre>502</pre></td></tr>');
  });

  it('shows retries, durations, indentation under containers, and escapes what it shows', () => {
    const run: RunRecord = {
      runId: 'R1',
      flow: 'F <b>',
      status: 'Succeeded',
      trigger: { name: 'manual', outputs: { body: '<script>x</script>' }, startTime: '2026-03-02T09:00:00.000Z' },
      actions: [
        { name: 'Try', path: 'Try', type: 'Scope', status: 'Succeeded', startTime: '2026-03-02T09:00:00.000Z', endTime: '2026-03-02T09:00:15.000Z', durationMs: 15_000, retries: 0 },
        { name: 'Get_referral', path: 'Try/Get_referral', type: 'OpenApiConnection', status: 'Succeeded', startTime: '2026-03-02T09:00:00.000Z', endTime: '2026-03-02T09:00:15.000Z', durationMs: 15_000, retries: 3 },
        { name: 'Reject', path: 'Check/else/Reject', type: 'Response', status: 'Succeeded', startTime: '2026-03-02T09:00:15.000Z', endTime: '2026-03-02T09:00:15.000Z', durationMs: 0, retries: 0 },
      ],
      actionExecutions: 6,
    };
    const out = renderRun(run);
    expect(out).toContain('<span class="flow">F &lt;b&gt;</span>');
    expect(out).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(out).not.toContain('<script>x');
    expect(out).toContain('<span class="retries" title="retried 3 time(s)">3 retries</span><span class="dur">15 s</span>');
    expect(out).toContain('<li style="--depth:1"><details class="card action s-succeeded" data-path="Try/Get_referral"');
    // `Check` is not an action of this run, `else` is a branch: Reject stays at the top level.
    expect(out).toContain('<li style="--depth:0"><details class="card action s-succeeded" data-path="Check/else/Reject"');
  });
});
