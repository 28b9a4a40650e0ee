// Ajv validators for Microsoft's Power Platform connector schemas in ../shared/reference/connector-schemas/.
// Those files are JSON with comments and trailing commas; apiDefinition.swagger.schema.json is draft-04 (the
// Swagger 2.0 schema with x-ms-* extensions) and refers to the draft-04 meta-schema, which Ajv 8 does not ship
// (and ajv-draft-04 is not installed). So: comments stripped, the draft-04 `id` renamed `$id`, and the few
// meta-schema fragments it points at supplied below. Formats are not checked (ajv-formats is not installed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

export const SHARED = join(__dirname, '..', '..', '..', '..', 'shared');
export const SCHEMAS = join(SHARED, 'reference', 'connector-schemas');

/** Parses JSON with // and /* comments and trailing commas (string contents untouched). */
export function parseJsonc(text: string): any {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

const load = (file: string) => parseJsonc(readFileSync(join(SCHEMAS, file), 'utf8').replace(/^\uFEFF/, ''));

/** The parts of the draft-04 meta-schema the Swagger schema references (json-schema.org/draft-04/schema). */
const draft04Fragment = {
  $id: 'http://json-schema.org/draft-04/schema',
  definitions: {
    positiveInteger: { type: 'integer', minimum: 0 },
    positiveIntegerDefault0: { allOf: [{ $ref: '#/definitions/positiveInteger' }, { default: 0 }] },
    simpleTypes: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
    stringArray: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  },
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    default: {},
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'boolean', default: false },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'boolean', default: false },
    pattern: { type: 'string' },
    uniqueItems: { type: 'boolean', default: false },
    enum: { type: 'array', minItems: 1, uniqueItems: true },
    type: {
      anyOf: [
        { $ref: '#/definitions/simpleTypes' },
        { type: 'array', items: { $ref: '#/definitions/simpleTypes' }, minItems: 1, uniqueItems: true },
      ],
    },
  },
};

/** Rewrites draft-04 `id` (schema ids, not properties named id) to `$id`, and drops `$schema`. */
function toAjv(schema: any): any {
  const { id, $schema: _, ...rest } = schema;
  return { ...(typeof id === 'string' ? { $id: id } : {}), ...rest };
}

export interface ReferenceValidators {
  apiDefinition: ValidateFunction;
  apiProperties: ValidateFunction;
}

export function referenceValidators(): ReferenceValidators {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(draft04Fragment);
  return {
    apiDefinition: ajv.compile(toAjv(load('apiDefinition.swagger.schema.json'))),
    apiProperties: ajv.compile(toAjv(load('paconn-apiProperties.schema.json'))),
  };
}

/** Ajv errors as `path: message` lines. */
export const errorLines = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
