import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import type { Ref } from '../ref';
import { bodyOf } from './body-ref';

/** Join: an array's items joined into one string. */
export class Join extends Action {
  readonly type = 'Join';
  constructor(
    name: string,
    private readonly from: Value<readonly unknown[]>,
    private readonly joinWith: string,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  get output(): Ref<string> {
    return bodyOf<string>(this.name);
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { tail: { inputs: { from: ctx.value(this.from) ?? null, joinWith: ctx.value(this.joinWith) ?? '' } } };
  }
}
