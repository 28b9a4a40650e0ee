import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import { type Ref, ref } from '../ref';
import { compact } from '../value';
import { bodyOf } from './body-ref';
import { type RetryPolicy, retryPolicyJson, validateRetryPolicy } from './retry-policy';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface HttpOptions extends ActionOptions {
  method: HttpMethod;
  uri: Value<string>;
  headers?: Record<string, Value<string>>;
  queries?: Record<string, Value<string>>;
  body?: unknown;
  authentication?: unknown;
  retryPolicy?: RetryPolicy;
}

/** HTTP: a call to any endpoint. */
export class Http<T = any> extends Action {
  readonly type = 'Http';
  constructor(
    name: string,
    private readonly options: HttpOptions,
  ) {
    super(name, options);
  }

  get body(): Ref<T> {
    return bodyOf<T>(this.name);
  }

  get statusCode(): Ref<number> {
    return ref<number>({ k: 'get', target: outputsNode(this.name), key: 'statusCode', safe: true });
  }

  override validate(): string[] {
    return validateRetryPolicy(this.options.retryPolicy);
  }

  protected parts(ctx: RenderContext): ActionParts {
    const o = this.options;
    const inputs = {
      method: o.method,
      uri: ctx.value(o.uri),
      headers: ctx.value(o.headers),
      queries: ctx.value(o.queries),
      body: ctx.value(o.body),
      authentication: ctx.value(o.authentication),
      retryPolicy: retryPolicyJson(o.retryPolicy),
    };
    return { tail: { inputs: compact(inputs) } };
  }
}

const outputsNode = (name: string) => ({ k: 'call' as const, fn: 'outputs', args: [{ k: 'lit' as const, v: name }] });
