import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Value } from '../expr';

export type TerminateStatus = 'Succeeded' | 'Failed' | 'Cancelled';

/** Terminate: ends the run with a status (and an error when Failed). */
export class Terminate extends Action {
  readonly type = 'Terminate';
  constructor(
    name: string,
    private readonly status: TerminateStatus,
    private readonly error?: { code?: Value<string>; message?: Value<string> },
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  override validate(): string[] {
    return this.error && this.status !== 'Failed' ? ['only a Failed termination carries an error'] : [];
  }

  protected parts(ctx: RenderContext): ActionParts {
    const runError = this.error ? ctx.value({ code: this.error.code, message: this.error.message }) : undefined;
    return { tail: { inputs: { runStatus: this.status, ...(runError !== undefined ? { runError } : {}) } } };
  }
}
