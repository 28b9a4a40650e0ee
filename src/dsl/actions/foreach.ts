import { Action, type ActionOptions, type ActionParts } from '../action';
import type { Block } from '../block';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import { type Ref, ref } from '../ref';

export interface ForeachOptions extends ActionOptions {
  /** Parallel iterations (1-50). Omit for the platform default; 1 means sequential. */
  concurrency?: number;
}

/** Apply to each (`Foreach`). */
export class Foreach<T> extends Action {
  readonly type = 'Foreach';
  body!: Block;
  readonly concurrency: number | undefined;
  constructor(
    name: string,
    private readonly over: Value<readonly T[]>,
    options?: ForeachOptions,
  ) {
    super(name, options);
    this.concurrency = options?.concurrency;
  }

  /** `items('Name')`: the current item. */
  get item(): Ref<T> {
    return ref<T>({ k: 'call', fn: 'items', args: [{ k: 'lit', v: this.name }] });
  }

  override blocks() {
    return [{ label: '', block: this.body }];
  }

  override validate(): string[] {
    const c = this.concurrency;
    if (c !== undefined && (!Number.isInteger(c) || c < 1 || c > 50)) {
      return [`concurrency must be an integer from 1 to 50, not ${c}`];
    }
    return [];
  }

  protected parts(ctx: RenderContext): ActionParts {
    return {
      head: { foreach: ctx.value(this.over) ?? null, actions: ctx.actions(this.body) },
      tail:
        this.concurrency === undefined ? {} : { runtimeConfiguration: { concurrency: { repetitions: this.concurrency } } },
    };
  }
}
