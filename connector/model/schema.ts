// Swagger 2.0 additions to the DSL's `s` schema builder: formats, `x-ms-*` keys, `x-nullable`, read-only fields.
import { type Json, type Schema, s } from '../../src/dsl';

export type Visibility = 'important' | 'advanced' | 'internal';

export interface SchemaMeta {
  /** `x-ms-summary`: the field's title in the designer. */
  summary?: string;
  visibility?: Visibility;
  format?: string;
  readOnly?: boolean;
  default?: Json;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  example?: Json;
}

/** The same schema with Swagger metadata added; its TS type (and optionality) is unchanged. */
export function meta<S extends Schema<unknown>>(schema: S, m: SchemaMeta): S {
  const extra: { [key: string]: Json } = {};
  if (m.format !== undefined) extra.format = m.format;
  if (m.pattern !== undefined) extra.pattern = m.pattern;
  if (m.minLength !== undefined) extra.minLength = m.minLength;
  if (m.maxLength !== undefined) extra.maxLength = m.maxLength;
  if (m.default !== undefined) extra.default = m.default;
  if (m.readOnly) extra.readOnly = true;
  if (m.example !== undefined) extra.example = m.example;
  if (m.summary !== undefined) extra['x-ms-summary'] = m.summary;
  if (m.visibility !== undefined) extra['x-ms-visibility'] = m.visibility;
  return { ...schema, json: { ...schema.json, ...extra } };
}

/** Swagger 2.0 has no `type: [.., 'null']`: a value that may be null is marked `x-nullable`. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return { json: { ...schema.json, 'x-nullable': true } };
}

type Doc = { description?: string; summary?: string };
const text = (doc: Doc | string | undefined): Doc => (typeof doc === 'string' ? { description: doc } : (doc ?? {}));

/** Shorthands for the field kinds the Partner Center models repeat. */
export const field = {
  text: (doc?: Doc | string) => meta(s.string({ description: text(doc).description }), { summary: text(doc).summary }),
  guid: (doc?: Doc | string) =>
    meta(s.string({ description: text(doc).description }), { format: 'uuid', summary: text(doc).summary }),
  dateTime: (doc?: Doc | string) =>
    meta(s.string({ description: text(doc).description, format: 'date-time' }), { summary: text(doc).summary }),
  uri: (doc?: Doc | string) =>
    meta(s.string({ description: text(doc).description, format: 'uri' }), { summary: text(doc).summary }),
  decimal: (doc?: Doc | string) =>
    meta(s.number({ description: text(doc).description }), { format: 'double', summary: text(doc).summary }),
  int32: (doc?: Doc | string) =>
    meta(s.integer({ description: text(doc).description }), { format: 'int32', summary: text(doc).summary }),
  flag: (doc?: Doc | string) => meta(s.boolean({ description: text(doc).description }), { summary: text(doc).summary }),
  oneOf: <const E extends string>(values: readonly E[], doc?: Doc | string) =>
    meta(s.enum(values, { description: text(doc).description }), { summary: text(doc).summary }),
  /** A read-only field the service sets (ids, timestamps); never sent on create or patch. */
  readOnly: <S extends Schema<unknown>>(schema: S) => meta(schema, { readOnly: true }),
};
