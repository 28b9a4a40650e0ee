// The diff report as Markdown for a pull-request comment: a heading per flow, one bullet per change.
import { code, details, escapeText, valueChangeLines } from './markdown-text';
import { WORKING_TREE } from './flow-set';
import type { DiffReport, FlowChange, FlowDiff, Position, RunAfter, SolutionChange } from './types';

const label = (side: string) => (side === WORKING_TREE ? side : code(side));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `` `B` `` or `` `B` (Failed, TimedOut) ``, joined; `''` when it runs first. */
function runAfterText(ra: RunAfter): string {
  return Object.entries(ra)
    .map(([name, s]) => (s.length === 1 && s[0] === 'Succeeded' ? code(name) : `${code(name)} (${s.join(', ')})`))
    .join(' and ');
}
const runsAfter = (ra: RunAfter) => (Object.keys(ra).length ? `after ${runAfterText(ra)}` : 'first');

function branchOf(p: Position): string {
  if (p.containerType === 'If') return p.branch === 'else' ? ' (else)' : ' (yes)';
  if (p.containerType === 'Switch') return p.branch === 'default' ? ' (default)' : ` (case ${code(p.branch)})`;
  return p.branch ? ` (${p.branch})` : '';
}
const where = (p: Position) => (p.container ? `${code(p.container)}${branchOf(p)}` : 'the top level');

function moveText(from: Position, to: Position): string {
  if (from.container === to.container && from.branch === to.branch)
    return `to run ${runsAfter(to.runAfter)} (was ${runsAfter(from.runAfter)})`;
  const after = Object.keys(to.runAfter).length ? `, after ${runAfterText(to.runAfter)}` : '';
  return `from ${where(from)} to ${where(to)}${after}`;
}

function placed(p: Position): string {
  const parts = [p.container ? ` in ${where(p)}` : '', Object.keys(p.runAfter).length ? `, after ${runAfterText(p.runAfter)}` : ''];
  return parts.join('');
}
const nested = (n: number) => (n ? `, with ${plural(n, 'nested action')}` : '');

function changeLines(c: FlowChange): string[] {
  switch (c.kind) {
    case 'trigger-added':
    case 'trigger-removed':
      return [`- ${c.kind === 'trigger-added' ? 'added' : 'removed'} trigger ${code(c.trigger)} (${c.type})`];
    case 'trigger-renamed':
      return [`- renamed trigger ${code(c.from)} → ${code(c.trigger)}`];
    case 'trigger-changed':
      return valueChangeLines(`trigger ${code(c.trigger)}`, c.changes);
    case 'action-added': {
      const line = `- added ${code(c.action)} (${c.type})${placed(c.position)}${nested(c.nested)}`;
      const body = Object.keys(c.definition).some((k) => k !== 'type');
      return body ? [line, ...details('definition', 'json', JSON.stringify(c.definition, null, 2), '  ')] : [line];
    }
    case 'action-removed':
      return [`- removed ${code(c.action)} (${c.type})${placed(c.position)}${nested(c.nested)}`];
    case 'action-renamed':
      return [`- renamed ${code(c.from)} → ${code(c.action)}${c.moved ? ` and moved it ${moveText(c.moved.from, c.moved.to)}` : ''}`];
    case 'action-moved':
      return [`- moved ${code(c.action)} ${moveText(c.from, c.to)}`];
    case 'run-after-changed':
      return [`- ${code(c.action)}: runs ${runsAfter(c.from)} → runs ${runsAfter(c.to)}`];
    case 'action-changed':
      return valueChangeLines(code(c.action), c.changes);
    case 'parameter-added':
    case 'parameter-removed': {
      const env = c.schemaName ? ` (environment variable ${code(c.schemaName)})` : '';
      return [`- ${c.kind === 'parameter-added' ? 'added' : 'removed'} parameter ${code(c.parameter)}${env}`];
    }
    case 'parameter-changed':
      return valueChangeLines(`parameter ${code(c.parameter)}`, c.changes);
    case 'connection-added':
    case 'connection-removed': {
      const ref = c.logicalName ? ` (connection reference ${code(c.logicalName)})` : '';
      return [`- ${c.kind === 'connection-added' ? 'added' : 'removed'} connection ${code(c.reference)}${ref}`];
    }
    case 'connection-changed':
      return valueChangeLines(`connection ${code(c.reference)}`, c.changes);
    case 'definition-changed':
      return valueChangeLines('flow', c.changes);
  }
}

function flowSection(f: FlowDiff): string[] {
  const note = f.status === 'changed' ? (f.renamedFrom ? ` (renamed from ${escapeText(f.renamedFrom)})` : '') : ` (${f.status})`;
  const lines = [`### ${escapeText(f.name)}${note}`, ''];
  if (f.summary) {
    const triggers = f.summary.triggers.map(code).join(', ');
    lines.push(
      `- ${f.summary.triggers.length === 1 ? 'trigger' : 'triggers'} ${triggers || 'none'}, ${plural(f.summary.actions, 'action')}`,
    );
  }
  lines.push(...f.changes.flatMap(changeLines));
  return [...lines, ''];
}

function solutionLine(c: SolutionChange): string[] {
  switch (c.kind) {
    case 'environment-variable-added':
    case 'environment-variable-removed': {
      const v = c.variable;
      const def = v.defaultValue ? `, default ${code(v.defaultValue)}` : '';
      return [`- ${c.kind.endsWith('added') ? 'added' : 'removed'} environment variable ${code(v.schemaName)} (${v.type}${def})`];
    }
    case 'environment-variable-changed':
      return valueChangeLines(`environment variable ${code(c.schemaName)}`, c.changes);
    case 'connection-reference-added':
    case 'connection-reference-removed': {
      const r = c.reference;
      return [`- ${c.kind.endsWith('added') ? 'added' : 'removed'} connection reference ${code(r.logicalName)} (${code(r.connectorId)})`];
    }
    case 'connection-reference-changed':
      return valueChangeLines(`connection reference ${code(c.logicalName)}`, c.changes);
  }
}

export function toMarkdown(report: DiffReport): string {
  const lines = [`## Flow changes: ${label(report.base)} → ${label(report.head)}`, ''];
  if (!report.flows.length && !report.solution.length)
    lines.push('No changes to flows, environment variables or connection references.', '');
  for (const f of report.flows) lines.push(...flowSection(f));
  if (report.solution.length) lines.push('### Solution', '', ...report.solution.flatMap(solutionLine), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
