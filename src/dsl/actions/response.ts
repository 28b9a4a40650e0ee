import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import type { Schema } from '../schema';
import { compact } from '../value';

export interface ResponseOptions extends ActionOptions {
  status?: Value<number>;
  headers?: Record<string, Value<string>>;
  body?: unknown;
  schema?: Schema<unknown>;
  /** `Http` answers an HTTP caller or parent flow; `PowerApp` is "Respond to a PowerApp or flow". */
  kind?: 'Http' | 'PowerApp';
}

/** Response: answers the HTTP request or the calling flow. */
export class Response extends Action {
  readonly type = 'Response';
  readonly kind: 'Http' | 'PowerApp';
  constructor(
    name: string,
    private readonly options: ResponseOptions = {},
  ) {
    super(name, options);
    this.kind = options.kind ?? 'Http';
  }

  override validate(): string[] {
    const s = this.options.status;
    if (typeof s === 'number' && (!Number.isInteger(s) || s < 100 || s > 599)) return [`status ${s} is not an HTTP status code`];
    return [];
  }

  protected parts(ctx: RenderContext): ActionParts {
    const o = this.options;
    const inputs = {
      statusCode: ctx.value(o.status ?? 200),
      headers: ctx.value(o.headers),
      body: ctx.value(o.body),
      schema: o.schema?.json,
    };
    return { tail: { kind: this.kind, inputs: compact(inputs) } };
  }
}
