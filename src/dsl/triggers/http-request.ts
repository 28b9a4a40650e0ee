import type { RenderContext } from '../context';
import { type Ref, ref } from '../ref';
import type { Schema } from '../schema';
import { Trigger, type TriggerOptions } from '../trigger';
import { compact } from '../value';

export interface HttpRequestOptions<T> extends TriggerOptions {
  schema?: Schema<T>;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Who may call: `All` is "Anyone" (the only value verified in real exports). */
  triggerAuthenticationType?: 'All' | 'Tenant';
}

/** When an HTTP request is received (`Request`, kind `Http`). */
export class HttpRequestTrigger<T> extends Trigger {
  readonly type = 'Request';
  override readonly kind = 'Http';
  constructor(private readonly o: HttpRequestOptions<T>) {
    super('manual', o);
  }

  /** `triggerBody()`, typed by the schema. */
  get body(): Ref<T> {
    return ref<T>({ k: 'call', fn: 'triggerBody', args: [] });
  }

  /** `triggerOutputs()?['headers']`. */
  get headers(): Ref<Record<string, string>> {
    return ref({ k: 'get', target: { k: 'call', fn: 'triggerOutputs', args: [] }, key: 'headers', safe: true });
  }

  protected renderInputs(_ctx: RenderContext) {
    return compact({
      schema: this.o.schema?.json,
      method: this.o.method ?? 'POST',
      triggerAuthenticationType: this.o.triggerAuthenticationType ?? 'All',
    });
  }
}

export const http = {
  request: <T = any>(o: HttpRequestOptions<T> = {}) => new HttpRequestTrigger<T>(o),
};
