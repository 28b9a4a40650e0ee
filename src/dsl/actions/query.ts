import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Expr, Value } from '../expr';
import type { Ref } from '../ref';
import { bodyOf, currentItem } from './body-ref';

/** Filter array (`Query`): keeps the items for which `where(item())` is true. */
export class Query<T> extends Action {
  readonly type = 'Query';
  private readonly where: Expr<boolean>;
  constructor(
    name: string,
    private readonly from: Value<readonly T[]>,
    where: (item: Ref<T>) => Expr<boolean>,
    options?: ActionOptions,
  ) {
    super(name, options);
    this.where = where(currentItem<T>());
  }

  get body(): Ref<T[]> {
    return bodyOf<T[]>(this.name);
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { tail: { inputs: { from: ctx.value(this.from) ?? null, where: ctx.value(this.where) ?? null } } };
  }
}
