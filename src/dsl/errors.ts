/** A mistake in flow code, raised while the flow is being built or compiled. */
export class DslError extends Error {
  constructor(
    message: string,
    readonly location: { flow?: string; action?: string; source?: string | undefined } = {},
  ) {
    super(message);
    this.name = 'DslError';
  }
}
