import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import { type Ref, ref } from '../ref';

/** Compose: names an intermediate value. */
export class Compose<T> extends Action {
  readonly type = 'Compose';
  constructor(
    name: string,
    private readonly value: unknown,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  /** `outputs('Name')`, typed as the composed value. */
  get output(): Ref<T> {
    return ref<T>({ k: 'call', fn: 'outputs', args: [{ k: 'lit', v: this.name }] });
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { tail: { inputs: ctx.value(this.value) ?? null } };
  }
}
