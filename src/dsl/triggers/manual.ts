// Instant trigger (`Request`, kind `Button`) with typed inputs keyed as real exports key them.
import type { RenderContext } from '../context';
import { type Ref, ref } from '../ref';
import { Trigger, type TriggerOptions } from '../trigger';
import type { Json } from '../value';

type InputKind = 'text' | 'boolean' | 'number' | 'email';
export interface InputSpec<T> {
  readonly kind: InputKind;
  readonly title: string;
  readonly description?: string;
  readonly required: boolean;
  readonly __type?: T;
}

const spec = <T>(kind: InputKind) => (title: string, o: { description?: string; required?: boolean } = {}): InputSpec<T> => ({
  kind,
  title,
  description: o.description,
  required: o.required ?? true,
});

/** Inputs of instant and child flows. */
export const input = {
  text: spec<string>('text'),
  boolean: spec<boolean>('boolean'),
  number: spec<number>('number'),
  email: spec<string>('email'),
};

export type InputsSpec = Record<string, InputSpec<unknown>>;
export type InputRefs<I extends InputsSpec> = { [K in keyof I]: Ref<I[K] extends InputSpec<infer T> ? T : never> };

const TYPE: Record<InputKind, Json> = { text: 'string', boolean: 'boolean', number: 'number', email: 'string' };
const HINT: Record<InputKind, string> = { text: 'TEXT', boolean: 'BOOLEAN', number: 'NUMBER', email: 'EMAIL' };
const PROMPT: Record<InputKind, string> = {
  text: 'Please enter your input',
  boolean: 'Please select yes or no',
  number: 'Please enter a number',
  email: 'Please enter an e-mail address',
};

/** Manually trigger a flow / child-flow trigger (`manual`, `Request`, kind `Button`). */
export class ManualTrigger<I extends InputsSpec> extends Trigger {
  readonly type = 'Request';
  override readonly kind = 'Button';
  /** Input name -> schema key (`text`, `text_1`, `boolean`...), in declaration order per kind. */
  readonly keys: Record<string, string> = {};

  constructor(
    readonly spec: I,
    options?: TriggerOptions,
  ) {
    super('manual', options);
    const counts: Partial<Record<InputKind, number>> = {};
    for (const [name, s] of Object.entries(spec)) {
      const n = counts[s.kind] ?? 0;
      counts[s.kind] = n + 1;
      this.keys[name] = n === 0 ? s.kind : `${s.kind}_${n}`;
    }
  }

  /** Typed inputs: `triggerBody()?['text']`. */
  get inputs(): InputRefs<I> {
    const out: Record<string, Ref<unknown>> = {};
    for (const name of Object.keys(this.spec)) {
      out[name] = ref({ k: 'get', target: { k: 'call', fn: 'triggerBody', args: [] }, key: this.keys[name]!, safe: true });
    }
    return out as InputRefs<I>;
  }

  protected renderInputs(_ctx: RenderContext): Json {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const [name, s] of Object.entries(this.spec)) {
      const key = this.keys[name]!;
      properties[key] = {
        title: s.title,
        type: TYPE[s.kind],
        ...(s.kind === 'email' ? { format: 'email' } : {}),
        'x-ms-dynamically-added': true,
        description: s.description ?? PROMPT[s.kind],
        'x-ms-content-hint': HINT[s.kind],
      };
      if (s.required) required.push(key);
    }
    return { schema: { type: 'object', properties, required } };
  }
}

export const manual = <I extends InputsSpec>(spec: I = {} as I, options?: TriggerOptions) => new ManualTrigger(spec, options);
