import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Ref } from '../ref';
import type { Schema } from '../schema';
import { bodyOf } from './body-ref';

/** Parse JSON: validates content against a schema; the body is typed by that schema. */
export class ParseJson<T> extends Action {
  readonly type = 'ParseJson';
  constructor(
    name: string,
    private readonly content: unknown,
    private readonly schema: Schema<T>,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  get body(): Ref<T> {
    return bodyOf<T>(this.name);
  }

  protected parts(ctx: RenderContext): ActionParts {
    return { tail: { inputs: { content: ctx.value(this.content) ?? null, schema: this.schema.json } } };
  }
}
