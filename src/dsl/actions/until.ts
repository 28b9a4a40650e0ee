import { Action, type ActionOptions, type ActionParts } from '../action';
import type { Block } from '../block';
import type { RenderContext } from '../context';
import type { Expr } from '../expr';
import { conditionJson } from './condition';
import { isDuration } from './duration';

export interface UntilLimits {
  /** Maximum iterations (1-5000). */
  count: number;
  /** ISO 8601 duration, e.g. `PT1H`. */
  timeout: string;
}

/** Do until (`Until`): repeats its actions until the expression is true, within limits. */
export class Until extends Action {
  readonly type = 'Until';
  body!: Block;
  constructor(
    name: string,
    private readonly condition: Expr<boolean>,
    readonly limit: UntilLimits,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  override blocks() {
    return [{ label: '', block: this.body }];
  }

  override validate(): string[] {
    const problems: string[] = [];
    const { count, timeout } = this.limit;
    if (!Number.isInteger(count) || count < 1 || count > 5000) problems.push(`limit.count must be 1-5000, not ${count}`);
    if (!isDuration(timeout)) problems.push(`limit.timeout '${timeout}' is not an ISO 8601 duration such as PT1H`);
    return problems;
  }

  protected parts(ctx: RenderContext): ActionParts {
    return {
      head: { actions: ctx.actions(this.body) },
      middle: { expression: conditionJson(this.condition, ctx), limit: { count: this.limit.count, timeout: this.limit.timeout } },
    };
  }
}
