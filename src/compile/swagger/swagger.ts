// Connector model -> apiDefinition.swagger.json (Swagger 2.0 with the x-ms-* keys Power Automate reads).
import type { Json } from '../../dsl';
import type { ConnectorModel } from '../../../connector/model/connector';
import type { OperationSpec, ParameterSpec } from '../../../connector/model/operation';

type JsonObject = { [key: string]: Json };

/** Keys of a JSON schema that a Swagger 2.0 non-body parameter carries itself. */
const PARAMETER_SCHEMA_KEYS = [
  'type',
  'format',
  'enum',
  'default',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'items',
];

function parameterJson(name: string, p: ParameterSpec): JsonObject {
  const head: JsonObject = { name, in: p.in, required: p.required, description: p.description, 'x-ms-summary': p.summary };
  if (p.visibility) head['x-ms-visibility'] = p.visibility;
  if (p.in === 'body') return { ...head, schema: p.schema.json };
  const out: JsonObject = { ...head };
  for (const key of PARAMETER_SCHEMA_KEYS) if (p.schema.json[key] !== undefined) out[key] = p.schema.json[key]!;
  if (p.default !== undefined) out.default = p.default;
  return out;
}

function operationJson(op: OperationSpec, tag: string): JsonObject {
  const params = Object.entries(op.parameters);
  const hasBody = params.some(([, p]) => p.in === 'body');
  const responses: JsonObject = {};
  for (const [code, r] of Object.entries(op.responses)) {
    responses[code] = r.schema ? { description: r.description, schema: r.schema.json } : { description: r.description };
  }
  return {
    tags: [tag],
    summary: op.summary,
    description: op.description,
    operationId: op.operationId,
    ...(op.visibility ? { 'x-ms-visibility': op.visibility } : {}),
    ...(op.deprecated ? { deprecated: true } : {}),
    consumes: hasBody ? ['application/json'] : [],
    produces: ['application/json'],
    parameters: params.map(([name, p]) => parameterJson(name, p)),
    responses,
    ...(op.nextLink ? { 'x-ms-pageable': { nextLinkName: op.nextLink } } : {}),
  };
}

/** The Swagger 2.0 document of a connector, keys in a fixed order. */
export function swaggerOf(model: ConnectorModel): JsonObject {
  const paths: { [path: string]: JsonObject } = {};
  for (const op of Object.values(model.operations)) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) throw new Error(`${model.source}: two operations are ${op.method.toUpperCase()} ${op.path}`);
    item[op.method] = operationJson(op, model.title);
  }
  return {
    swagger: '2.0',
    info: { title: model.title, description: model.description, version: model.version },
    host: model.host,
    basePath: model.basePath,
    schemes: ['https'],
    consumes: [],
    produces: [],
    paths,
    definitions: model.definitions.json,
    parameters: {},
    responses: {},
    securityDefinitions: {
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.microsoftonline.com/common/oauth2/authorize',
        tokenUrl: 'https://login.microsoftonline.com/common/oauth2/token',
        scopes: {},
      },
    },
    security: [{ oauth2_auth: [] }],
    tags: [{ name: model.title }],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: model.metadata.website },
      { propertyName: 'Privacy policy', propertyValue: model.metadata.privacyPolicy },
      { propertyName: 'Categories', propertyValue: model.metadata.categories },
    ],
  };
}
