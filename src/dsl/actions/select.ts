import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import type { Ref } from '../ref';
import { bodyOf, currentItem } from './body-ref';

/** Select: maps each item of an array to a new shape. */
export class Select<T, R> extends Action {
  readonly type = 'Select';
  private readonly mapping: unknown;
  constructor(
    name: string,
    private readonly from: Value<readonly T[]>,
    map: (item: Ref<T>) => R,
    options?: ActionOptions,
  ) {
    super(name, options);
    this.mapping = map(currentItem<T>());
  }

  get body(): Ref<unknown[]> {
    return bodyOf<unknown[]>(this.name);
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { tail: { inputs: { from: ctx.value(this.from) ?? null, select: ctx.value(this.mapping) ?? null } } };
  }
}
