/** A located build problem: file, flow, action path, and the TS line when the action came from TS. */
export interface Problem {
  file?: string;
  flow: string;
  path?: string;
  field?: string;
  source?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, `flow '${p.flow}'`, p.path ? `action '${p.path}'` : undefined, p.field]
    .filter(Boolean)
    .join(': ');
  return `${where}: ${p.message}${p.source ? ` (at ${p.source})` : ''}`;
}

export class CompileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CompileError';
  }
}
