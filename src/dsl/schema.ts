// JSON Schema builders that carry the TypeScript type of the data they describe.
import type { Json } from './value';

declare const TYPE: unique symbol;
export interface Schema<T> {
  readonly json: { [key: string]: Json };
  readonly optional?: boolean;
  readonly [TYPE]?: T;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Doc = { description?: string; title?: string };
const make = <T>(json: { [key: string]: Json }, doc: Doc = {}): Schema<T> => ({
  json: { ...json, ...(doc.title ? { title: doc.title } : {}), ...(doc.description ? { description: doc.description } : {}) },
});

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<P extends Shape> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
type ObjectOf<P extends Shape> = { [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & {
  [K in OptionalKeys<P>]?: Infer<P[K]>;
};

export const s = {
  string: (doc?: Doc & { format?: string }) =>
    make<string>({ type: 'string', ...(doc?.format ? { format: doc.format } : {}) }, doc),
  enum: <const E extends string>(values: readonly E[], doc?: Doc) => make<E>({ type: 'string', enum: [...values] }, doc),
  integer: (doc?: Doc) => make<number>({ type: 'integer' }, doc),
  number: (doc?: Doc) => make<number>({ type: 'number' }, doc),
  boolean: (doc?: Doc) => make<boolean>({ type: 'boolean' }, doc),
  array: <T>(items: Schema<T>, doc?: Doc) => make<T[]>({ type: 'array', items: items.json }, doc),
  object: <P extends Shape>(properties: P, doc?: Doc) => {
    const props: { [key: string]: Json } = {};
    const required: string[] = [];
    for (const [key, schema] of Object.entries(properties)) {
      props[key] = schema.json;
      if (!schema.optional) required.push(key);
    }
    return make<ObjectOf<P>>({ type: 'object', properties: props, ...(required.length ? { required } : {}) }, doc);
  },
  /** A JSON Schema given verbatim (imported flows, hand-written schemas); typed `T`, `any` unless given. */
  raw: <T = any>(json: { [key: string]: Json }): Schema<T> => ({ json }),
  /** Any JSON value (an untyped payload). */
  any: (doc?: Doc) => make<unknown>({}, doc),
  optional: <T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } => ({ ...schema, optional: true }),
  nullable: <T>(schema: Schema<T>): Schema<T | null> => {
    const t = schema.json.type;
    return { json: { ...schema.json, type: [...(Array.isArray(t) ? t : [t ?? 'string']), 'null'] as Json } };
  },
};
