// One problem `cosell validate` found in a solution, located by file, line and field.

export type Severity = 'error' | 'warning';

export interface SolutionFinding {
  severity: Severity;
  /** Path inside the zip or folder, e.g. `customizations.xml` or `Workflows/X-GUID.json`. */
  file: string;
  line?: number;
  /** The element, attribute or JSON member concerned, e.g. `Workflow[Name="…"]/Category`. */
  field?: string;
  message: string;
  /** Stable id of the check that found it. */
  check: string;
}

export function formatFinding(f: SolutionFinding, origin?: string): string {
  const where = `${origin ? `${origin}: ` : ''}${f.file}${f.line ? `:${f.line}` : ''}`;
  return `${f.severity}: ${where}: ${f.field ? `${f.field}: ` : ''}${f.message}`;
}

export const errorsOf = (findings: SolutionFinding[]) => findings.filter((f) => f.severity === 'error');

/** Thrown by `cosell build` when its own output fails validation; dist/ is then left as it was. */
export class SolutionInvalidError extends Error {
  constructor(readonly findings: { origin: string; finding: SolutionFinding }[]) {
    super(findings.map((f) => formatFinding(f.finding, f.origin)).join('\n'));
    this.name = 'SolutionInvalidError';
  }
}

/** Collects findings for one check. */
export class Findings {
  readonly list: SolutionFinding[] = [];
  constructor(private readonly check: string) {}
  error(file: string, message: string, at: { line?: number; field?: string } = {}): void {
    this.list.push({ severity: 'error', file, ...at, message, check: this.check });
  }
  warning(file: string, message: string, at: { line?: number; field?: string } = {}): void {
    this.list.push({ severity: 'warning', file, ...at, message, check: this.check });
  }
}
