// Human-readable lint output: one line per finding, then a summary.
import { type LintFinding, active, summarize } from '../finding';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function subject(path: string): string {
  const m = /^(triggers|connectionReferences|parameters)\/(.*)$/.exec(path);
  if (!m) return `action '${path}'`;
  return `${m[1] === 'triggers' ? 'trigger' : m[1] === 'parameters' ? 'parameter' : 'connection reference'} '${m[2]}'`;
}

/** `severity: where: flow 'X': action 'Y' (field): message [rule]`, where is the TS line, else the JSON file and line. */
export function formatFinding(f: LintFinding): string {
  const where = f.source ?? `${f.file}${f.entry ? `:${f.entry}` : ''}${f.line ? `:${f.line}` : ''}`;
  const what = [`flow '${f.flow}'`, f.path ? subject(f.path) : undefined].filter(Boolean).join(': ');
  const suppressed = f.suppressed ? ` (suppressed: ${f.suppressed.reason})` : '';
  return `${f.severity}: ${where}: ${what}${f.field ? ` (${f.field})` : ''}: ${f.message} [${f.rule}]${suppressed}`;
}

export interface HumanOptions {
  /** Errors only. */
  quiet?: boolean;
  /** List suppressed findings too. */
  suppressed?: boolean;
  /** How many flows were linted, for the summary. */
  flowCount?: number;
}

export function formatHuman(findings: readonly LintFinding[], o: HumanOptions = {}): string {
  const shown = (o.suppressed ? findings : active(findings)).filter((f) => !o.quiet || f.severity === 'error');
  const s = summarize(findings);
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notes, 'note')].join(', ');
  const flows = o.flowCount === undefined ? '' : ` in ${plural(o.flowCount, 'flow')}`;
  const lines = [...shown.map(formatFinding), `${counts}${flows}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}`];
  return `${lines.join('\n')}\n`;
}
