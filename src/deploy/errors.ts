// A deployment failure: what went wrong, and what the admin does next. Every failure `cosell deploy` reports
// carries at least one next step.
export class DeployError extends Error {
  constructor(
    message: string,
    /** What to do next, one instruction a line. */
    readonly next: string[],
  ) {
    super(message);
    this.name = 'DeployError';
  }
}

/** Any error as a DeployError (an unexpected one gets a generic next step). */
export function asDeployError(e: unknown, next: string[]): DeployError {
  if (e instanceof DeployError) return e;
  return new DeployError((e as Error)?.message ?? String(e), next);
}
