// One run as Power Automate's run view shows it: the trigger card, then a card per action execution (nested
// actions indented under their container), each with its status icon, duration and retries; expanding a card
// shows its inputs, outputs and error. Failed and timed-out actions are expanded from the start.
import type { ActionRecord, RunRecord, RunStatusName } from '../contracts';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const ICONS: Record<RunStatusName, string> = { Succeeded: '✓', Failed: '✕', Skipped: '–', TimedOut: '!', Cancelled: '⊘' };
const LIMIT = 20_000;

export const statusClass = (s: RunStatusName) => `s-${s.toLowerCase()}`;
export const icon = (s: RunStatusName) => `<span class="icon" title="${s}" aria-label="${s}">${ICONS[s]}</span>`;

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function json(value: unknown): string {
  if (value === undefined) return '<div class="empty">none</div>';
  let text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text.length > LIMIT) text = `${text.slice(0, LIMIT)}\n… (${text.length - LIMIT} more characters)`;
  return `<pre>${escapeHtml(text)}</pre>`;
}

const panel = (title: string, body: string) => `<div><h4>${title}</h4>${body}</div>`;

/** Designer-style name: `Get_referral` -> `Get referral`. */
const display = (name: string) => name.replace(/_/g, ' ');

/** How many of the run's actions contain this one (branch segments such as `else` or a case name do not count). */
function depthOf(path: string, paths: Set<string>): number {
  const parts = path.split('/');
  let depth = 0;
  for (let i = 1; i < parts.length; i++) if (paths.has(parts.slice(0, i).join('/'))) depth++;
  return depth;
}

function actionCard(a: ActionRecord, depth: number): string {
  const open = a.status === 'Failed' || a.status === 'TimedOut';
  const retries = a.retries ? `<span class="retries" title="retried ${a.retries} time(s)">${a.retries} ${a.retries === 1 ? 'retry' : 'retries'}</span>` : '';
  const iteration = a.iteration?.length ? `<span class="iter">#${a.iteration.map((i) => i + 1).join('.')}</span>` : '';
  const error =
    a.error && a.status !== 'Succeeded'
      ? panel('Error', `<div class="error"><span class="code">${escapeHtml(a.error.code)}</span> ${escapeHtml(a.error.message)}</div>`)
      : '';
  const retryNote = a.retries ? panel('Retries', `<div>${a.retries} retr${a.retries === 1 ? 'y' : 'ies'} before the final status (retry policy)</div>`) : '';
  return (
    `<li style="--depth:${depth}"><details class="card action ${statusClass(a.status)}" data-path="${escapeHtml(a.path)}" data-status="${a.status}"${open ? ' open' : ''}>` +
    `<summary>${icon(a.status)}<span class="name" title="${escapeHtml(a.path)}">${escapeHtml(display(a.name))}</span>` +
    `<span class="type">${escapeHtml(a.type)}</span>${iteration}${retries}<span class="dur">${duration(a.durationMs)}</span><span class="chev">›</span></summary>` +
    `<div class="io">${error}${retryNote}${panel('Inputs', json(a.inputs))}${panel('Outputs', json(a.outputs))}</div></details></li>`
  );
}

function triggerCard(run: RunRecord): string {
  return (
    `<li><details class="card trigger s-succeeded" data-status="Succeeded"><summary>${icon('Succeeded')}` +
    `<span class="name">${escapeHtml(display(run.trigger.name))}</span><span class="type">Trigger</span>` +
    `<span class="dur">${escapeHtml(run.trigger.startTime)}</span><span class="chev">›</span></summary>` +
    `<div class="io">${panel('Outputs', json(run.trigger.outputs))}</div></details></li>`
  );
}

function runDuration(run: RunRecord): number {
  const start = Date.parse(run.trigger.startTime);
  const end = Math.max(start, ...run.actions.map((a) => Date.parse(a.endTime)));
  return Number.isFinite(end - start) ? end - start : 0;
}

export function renderRun(run: RunRecord, o: { setup?: boolean } = {}): string {
  const open = run.status !== 'Succeeded';
  const paths = new Set(run.actions.map((a) => a.path));
  const response = run.response ? ` · answered ${run.response.statusCode}` : '';
  const error = run.error && run.status !== 'Succeeded' ? `<div class="io"><div class="error"><span class="code">${escapeHtml(run.error.code)}</span> ${escapeHtml(run.error.message)}</div></div>` : '';
  return (
    `<details class="run ${statusClass(run.status)}" id="run-${escapeHtml(run.runId)}" data-status="${run.status}"${open ? ' open' : ''}>` +
    `<summary>${icon(run.status)}<span class="flow">${escapeHtml(run.flow)}</span>${o.setup ? '<span class="setup">setup</span>' : ''}` +
    `<span class="meta">${run.status} · ${duration(runDuration(run))} · ${run.actionExecutions} metered execution(s)${response} · <span title="${escapeHtml(run.runId)}">run …${escapeHtml(run.runId.slice(-10))}</span></span></summary>` +
    `${error}<ol class="actions">${triggerCard(run)}${run.actions.map((a) => actionCard(a, depthOf(a.path, paths))).join('')}</ol></details>`
  );
}
