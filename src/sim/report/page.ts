// The run report: one self-contained HTML page (inline CSS and script, no network) with, per scenario, its
// verdict, the mismatches (expected against actual), the steps and every run. Failing scenarios start open.
import type { Failure, ScenarioResult } from '../scenario/run';
import { escapeHtml as h, renderRun } from './run-view';
import { CSS, SCRIPT } from './style';

export interface ReportOptions {
  /** Scenario files that did not parse, with their located errors. */
  invalid?: string[];
  /** Where the flows came from (flows-src, dist/solution...). */
  origin?: string;
  title?: string;
}

const fieldOf = (path: (string | number)[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
const pretty = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v, null, 2));

function failure(file: string, f: Failure): string {
  const rows = [
    'expected' in f ? `<tr><th>expected</th><td><pre>${h(pretty(f.expected))}</pre></td></tr>` : '',
    'actual' in f ? `<tr><th>actual</th><td><pre>${h(pretty(f.actual))}</pre></td></tr>` : '',
  ].join('');
  return (
    `<div class="problem"><div class="where">${h(file)}${f.line ? `:${f.line}` : ''} · ${h(fieldOf(f.path))}</div>` +
    `<div>${h(f.message)}</div>${rows ? `<table>${rows}</table>` : ''}</div>`
  );
}

function scenario(r: ScenarioResult, i: number): string {
  const verdict = r.passed ? '<span class="badge pass">Passed</span>' : '<span class="badge fail">Failed</span>';
  const stepRuns = r.runs.length - r.setupRuns;
  const problems = [
    r.error ? `<div class="problem"><div class="where">${h(r.file)}${r.error.line ? `:${r.error.line}` : ''}</div><div>${h(r.error.message)}</div></div>` : '',
    ...r.failures.map((f) => failure(r.file, f)),
  ].join('');
  const steps = r.steps
    .map(
      (s) =>
        `<li><code>${h(s.kind)}</code> <span class="meta">line ${s.line ?? '?'} · ${h(s.at)}${
          s.runIds.length ? ` · ${s.runIds.map((id) => `<a href="#run-${h(id)}">run ${h(id.slice(-8))}</a>`).join(', ')}` : ' · no run'
        }</span></li>`,
    )
    .join('');
  const runs = r.runs.map((run, n) => renderRun(run, { setup: n < r.setupRuns })).join('');
  return (
    `<section class="scenario ${r.passed ? 'pass' : 'fail'}" id="scenario-${i + 1}">` +
    `<details class="${r.passed ? 'pass' : 'fail'}"${r.passed ? '' : ' open'}><summary>${verdict}<h2>${h(r.name)}</h2>` +
    `<div class="file">${h(r.file)} · ${stepRuns} run(s) · ${r.meter.total} metered execution(s) · ${r.syncedReferrals} synced referral(s) · ${r.wallMs.toFixed(0)} ms</div></summary>` +
    `<div class="body">${r.description ? `<p class="desc">${h(r.description)}</p>` : ''}${problems}` +
    r.notes.map((n) => `<p class="note">${h(n)}</p>`).join('') +
    `<h3>Steps</h3>${steps ? `<ol class="steps">${steps}</ol>` : '<p class="empty">none</p>'}` +
    `<h3>Runs</h3>${runs || '<p class="empty">no run</p>'}</div></details></section>`
  );
}

export function renderReport(results: ScenarioResult[], o: ReportOptions = {}): string {
  const failed = results.filter((r) => !r.passed).length + (o.invalid?.length ?? 0);
  const title = o.title ?? 'cosell simulate: run report';
  const toc = results
    .map((r, i) => `<li><a href="#scenario-${i + 1}">${h(r.name)}</a> ${r.passed ? '<span class="badge pass">Passed</span>' : '<span class="badge fail">Failed</span>'}</li>`)
    .join('');
  const invalid = (o.invalid ?? []).map((m) => `<div class="problem"><pre>${h(m)}</pre></div>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${CSS}</style></head>
<body><header class="page"><h1>${h(title)}</h1><div class="sub">${results.length - (failed - (o.invalid?.length ?? 0))} of ${results.length + (o.invalid?.length ?? 0)} scenario(s) passed${o.origin ? ` · flows from ${h(o.origin)}` : ''}</div></header>
<main><div class="toolbar"><button type="button" data-action="expand">Expand all</button><button type="button" data-action="collapse">Collapse all</button><button type="button" data-action="failed">Show failures</button></div>
${invalid ? `<h3>Invalid scenario files</h3>${invalid}` : ''}
${toc ? `<nav class="toc"><ol>${toc}</ol></nav>` : ''}
${results.map(scenario).join('\n')}
</main><script>${SCRIPT}</script></body></html>
`;
}
