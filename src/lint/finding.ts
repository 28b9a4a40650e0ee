// A located lint finding: rule, severity, flow, action path, the workflow file and (for flows-src flows) the TS line.
import type { Severity } from './rule';

export interface LintFinding {
  readonly rule: string;
  readonly severity: Severity;
  /** Flow display name. */
  readonly flow: string;
  /** The file on disk (workflow JSON, solution zip, or TS file for in-process flows). */
  readonly file: string;
  /** The path inside the zip when `file` is one. */
  readonly entry?: string;
  /** Line in the workflow JSON file (best effort), when `file` is that JSON. */
  readonly line?: number;
  /** `file:line` in flows-src when the flow came from TS. */
  readonly source?: string;
  readonly path?: string;
  readonly field?: string;
  readonly message: string;
  /** Set when an inline directive suppresses the finding. */
  readonly suppressed?: { readonly reason: string };
}

export const active = (findings: readonly LintFinding[]) => findings.filter((f) => !f.suppressed);
export const errorsIn = (findings: readonly LintFinding[]) => active(findings).filter((f) => f.severity === 'error');

export interface LintSummary {
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

export function summarize(findings: readonly LintFinding[]): LintSummary {
  const live = active(findings);
  return {
    errors: live.filter((f) => f.severity === 'error').length,
    warnings: live.filter((f) => f.severity === 'warning').length,
    notes: live.filter((f) => f.severity === 'note').length,
    suppressed: findings.length - live.length,
  };
}

const cmp = (a: string | number | undefined, b: string | number | undefined) =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

/** By file, entry, flow, line, path, rule. */
export const compareFindings = (a: LintFinding, b: LintFinding) =>
  cmp(a.file, b.file) || cmp(a.entry, b.entry) || cmp(a.flow, b.flow) || cmp(a.line, b.line) || cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.message, b.message);
