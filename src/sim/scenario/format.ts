// The text output of `cosell simulate`: one line per scenario; for a failing one, each mismatch with its file,
// line and field, expected against actual, and the history of the runs that failed (or of every run, if none did).
import type { RunRecord } from '../contracts';
import type { Failure, ScenarioResult } from './run';

const fieldOf = (path: (string | number)[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** Compact, stable JSON for one-line values; indented when long. */
function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const flat = JSON.stringify(value);
  if (flat.length <= 100) return flat;
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n              ');
}

export function formatFailure(file: string, f: Failure): string {
  const lines = [`  ${file}${f.line ? `:${f.line}` : ''}: ${fieldOf(f.path)}: ${f.message}`];
  if ('expected' in f) lines.push(`      expected: ${show(f.expected)}`);
  if ('actual' in f) lines.push(`      actual:   ${show(f.actual)}`);
  return lines.join('\n');
}

/** A run's history: trigger, then each action execution with its path, status, retries and error. */
export function formatRun(run: RunRecord): string {
  const lines = [`  run ${run.runId} of '${run.flow}': ${run.status}${run.error ? ` (${run.error.code}: ${run.error.message})` : ''}`];
  const width = Math.min(60, Math.max(12, ...run.actions.map((a) => a.path.length + (a.iteration ? 6 : 0))));
  for (const a of run.actions) {
    const name = `${a.path}${a.iteration ? ` [${a.iteration.join(',')}]` : ''}`;
    const retries = a.retries ? ` (${a.retries} ${a.retries === 1 ? 'retry' : 'retries'})` : '';
    const error = a.error && a.status !== 'Skipped' ? `  ${a.error.code}: ${a.error.message}` : '';
    lines.push(`      ${name.padEnd(width)} ${a.status.padEnd(9)}${retries}${error}`);
  }
  return lines.join('\n');
}

export function formatResult(r: ScenarioResult): string {
  const summary = `${r.runs.length - r.setupRuns} run(s), ${r.meter.total} metered execution(s), ${r.wallMs.toFixed(0)} ms`;
  if (r.passed) return `✓ ${r.name} (${r.file}): ${summary}`;
  const out = [`✗ ${r.name} (${r.file}): ${summary}`];
  if (r.error) out.push(`  ${r.file}${r.error.line ? `:${r.error.line}` : ''}: ${r.error.message.replace(/\n/g, '\n    ')}`);
  for (const f of r.failures) out.push(formatFailure(r.file, f));
  const failed = r.runs.filter((run) => run.status !== 'Succeeded' || run.runId === r.error?.runId);
  const shown = failed.length ? failed : r.runs.slice(r.setupRuns);
  if (shown.length) out.push(failed.length ? '  failing run(s):' : '  runs (none failed):');
  for (const run of shown) out.push(formatRun(run));
  for (const n of r.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}
