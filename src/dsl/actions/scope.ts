import { Action, type ActionOptions, type ActionParts, type RunStatus } from '../action';
import type { Block } from '../block';
import type { RenderContext } from '../context';

/** Scope: groups actions; its status aggregates theirs. */
export class Scope extends Action {
  readonly type = 'Scope';
  body!: Block;
  /** Statuses after which the next statement runs (try/catch scopes continue on more than success). */
  next: RunStatus[] = ['Succeeded'];
  constructor(name: string, options?: ActionOptions) {
    super(name, options);
  }

  override blocks() {
    return [{ label: '', block: this.body }];
  }

  override continueOn(): RunStatus[] {
    return this.next;
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { head: { actions: ctx.actions(this.body) } };
  }
}
