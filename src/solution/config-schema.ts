// The JSON schema of solution-template/solution.yaml. `description` doubles as the hint shown on a pattern error.

const text = { type: 'string', minLength: 1 } as const;
const version = {
  type: 'string',
  pattern: '^\\d+(\\.\\d+){1,3}$',
  description: 'a version of 2 to 4 numeric parts, e.g. 1.0.0.0',
} as const;
const uniqueName = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$',
  description: 'letters, digits and underscores, not starting with a digit (at most 64 characters)',
} as const;
const prefixedName = {
  type: 'string',
  pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$',
  description: 'the publisher prefix, an underscore, then letters, digits and underscores',
} as const;

export const solutionConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['solution', 'publisher', 'environmentVariables', 'connectionReferences'],
  properties: {
    solution: {
      type: 'object',
      additionalProperties: false,
      required: ['uniqueName', 'displayName', 'version'],
      properties: { uniqueName, displayName: text, version, description: { type: 'string' } },
    },
    publisher: {
      type: 'object',
      additionalProperties: false,
      required: ['uniqueName', 'displayName', 'prefix', 'optionValuePrefix'],
      properties: {
        uniqueName,
        displayName: text,
        description: { type: 'string' },
        prefix: {
          type: 'string',
          pattern: '^(?!mscrm)[a-z][a-z0-9]{1,7}$',
          description: '2 to 8 lower-case letters or digits, starting with a letter, not "mscrm"',
        },
        optionValuePrefix: { type: 'integer', minimum: 10000, maximum: 99999 },
      },
    },
    environmentVariables: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['schemaName', 'displayName', 'type'],
        properties: {
          schemaName: prefixedName,
          displayName: text,
          type: { enum: ['String', 'Number', 'Boolean', 'JSON'] },
          defaultValue: { type: ['string', 'number', 'boolean', 'object', 'array'] },
          description: { type: 'string' },
          isRequired: { type: 'boolean' },
          introducedVersion: version,
        },
      },
    },
    connectionReferences: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['logicalName', 'displayName', 'connector'],
        properties: {
          logicalName: prefixedName,
          displayName: text,
          description: { type: 'string' },
          connector: {
            type: 'string',
            pattern: '^shared_[A-Za-z0-9_-]+$',
            description: "the connector's api.name, e.g. shared_commondataserviceforapps",
          },
          customConnector: {
            type: 'string',
            pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$',
            maxLength: 30,
            description: "the custom connector's schema name in this solution (at most 30 characters)",
          },
        },
      },
    },
    // The Dataverse schema producer (src/solution/schema/) owns this section's shape and validates it.
    dataverse: {},
    // The custom connectors' sign-in (clientId, tenantId): src/compile/swagger/settings.ts validates it, with lines.
    connectors: {},
  },
} as const;
