// JSON Schema (ajv, draft-07 + discriminator) of dataverse.yaml. Shapes only; validate.ts checks references.

const schemaName = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 } as const;
const logicalName = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 } as const;
const label = { type: 'string', minLength: 1, maxLength: 500 } as const;
const description = { type: 'string', maxLength: 2000 } as const;
const cascade = { enum: ['NoCascade', 'Cascade', 'RemoveLink', 'Restrict'] } as const;

const option = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'index', 'label'],
  properties: {
    code: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
    index: { type: 'integer', minimum: 0, maximum: 9999 },
    label,
    description,
  },
} as const;

const options = { type: 'array', minItems: 1, items: option } as const;

const common = {
  schemaName,
  displayName: label,
  description,
  required: { enum: ['none', 'recommended', 'required'] },
  audit: { type: 'boolean' },
} as const;

function column(type: string, required: string[], extra: Record<string, unknown>) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'schemaName', 'displayName', ...required],
    properties: { type: { const: type }, ...common, ...extra },
  };
}

const columnSchema = {
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    column('boolean', [], { default: { type: 'boolean' }, trueLabel: label, falseLabel: label }),
    column('text', ['maxLength'], {
      maxLength: { type: 'integer', minimum: 1, maximum: 4000 },
      format: { enum: ['text', 'url', 'email', 'phone', 'textarea'] },
    }),
    column('memo', ['maxLength'], { maxLength: { type: 'integer', minimum: 1, maximum: 1048576 } }),
    column('choice', [], { options, globalChoice: logicalName, default: { type: 'string' } }),
    column('multichoice', ['globalChoice'], { globalChoice: logicalName }),
    column('lookup', ['target'], {
      target: schemaName,
      relationship: {
        type: 'object',
        additionalProperties: false,
        properties: { name: { ...schemaName, maxLength: 100 }, cascadeDelete: cascade, cascadeArchive: cascade },
      },
    }),
  ],
} as const;

const field = {
  type: 'object',
  additionalProperties: false,
  properties: {
    column: logicalName,
    label,
    readOnly: { type: 'boolean' },
    control: { enum: ['text', 'url', 'memo', 'lookup', 'choice', 'multichoice', 'boolean'] },
    subgrid: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'label', 'table', 'lookup'],
      properties: { name: schemaName, label, table: schemaName, lookup: logicalName },
    },
  },
  oneOf: [
    { type: 'object', required: ['column'] },
    { type: 'object', required: ['subgrid'] },
  ],
} as const;

export const dataverseYamlSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['introducedVersion', 'tables'],
  properties: {
    introducedVersion: { type: 'string', pattern: '^\\d+(\\.\\d+){1,3}$' },
    languageCode: { type: 'integer', minimum: 1 },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'displayName', 'options'],
        properties: { name: logicalName, displayName: label, description, options },
      },
    },
    tables: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['schemaName', 'displayName', 'columns'],
        properties: {
          schemaName,
          displayName: label,
          system: { type: 'boolean' },
          collectionName: label,
          entitySetName: logicalName,
          description,
          primaryName: {
            type: 'object',
            additionalProperties: false,
            required: ['schemaName', 'displayName', 'maxLength'],
            properties: {
              schemaName,
              displayName: label,
              maxLength: { type: 'integer', minimum: 1, maximum: 4000 },
              description,
            },
          },
          columns: { type: 'array', items: columnSchema },
          viewColumns: { type: 'array', items: logicalName },
        },
      },
    },
    forms: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['table', 'name', 'tabs'],
        properties: {
          table: schemaName,
          name: label,
          description,
          tabs: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['label', 'sections'],
              properties: {
                label,
                sections: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['label', 'fields'],
                    properties: { label, showLabel: { type: 'boolean' }, fields: { type: 'array', minItems: 1, items: field } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
