// What `cosell deploy` prints: a numbered line per step with its details, ✓ or ✗, every failure with what to do
// next, and at the end the state of every flow in turn-on order.
import type { DeployError } from './errors';
import type { FlowStatus } from './flows';

export type Print = (line: string) => void;

export class Progress {
  private index = 0;

  constructor(
    private readonly print: Print,
    private readonly total: number,
  ) {}

  /** `[3/9] Sign in`. */
  start(title: string): void {
    this.index += 1;
    this.print(`[${this.index}/${this.total}] ${title}`);
  }

  detail(line: string): void {
    for (const l of line.split('\n')) this.print(`      ${l}`);
  }

  done(summary: string): void {
    this.print(`      ✓ ${summary}`);
  }

  skipped(reason: string): void {
    this.print(`      – skipped: ${reason}`);
  }

  warn(line: string): void {
    this.print(`      ! ${line}`);
  }

  failed(e: DeployError): void {
    const [first, ...rest] = e.message.split('\n');
    this.print(`      ✗ ${first}`);
    for (const l of rest) this.print(`        ${l}`);
    printNext(this.print, e.next, '        ');
  }
}

export function printNext(print: Print, next: readonly string[], indent = '  '): void {
  if (!next.length) return;
  print(`${indent}What to do next:`);
  for (const n of next) print(`${indent}  → ${n}`);
}

const STATE_LABEL: Record<FlowStatus['state'], string> = {
  on: 'on',
  off: 'off',
  suspended: 'off (suspended)',
  'not imported': 'off (not imported)',
  unknown: 'unknown',
};

/** The final table: every flow, in turn-on order, on or off. */
export function flowTable(statuses: readonly FlowStatus[], note?: string): string[] {
  const width = Math.max(...statuses.map((s) => STATE_LABEL[s.state].length), 5);
  const lines = [`Flows, in turn-on order${note ? ` (${note})` : ''}:`];
  statuses.forEach((s, i) => {
    const change = s.change === 'failed' ? `  ← failed to turn on: ${firstLine(s.error ?? '')}` : s.change ? `  (${s.change})` : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${STATE_LABEL[s.state].padEnd(width)}  ${s.name}${change}`);
  });
  const on = statuses.filter((s) => s.state === 'on').length;
  lines.push(`  ${on} of ${statuses.length} on${on < statuses.length ? `; off: ${statuses.filter((s) => s.state !== 'on').map((s) => `"${s.name}"`).join(', ')}` : ''}`);
  return lines;
}

const firstLine = (s: string) => {
  const line = s.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
};
