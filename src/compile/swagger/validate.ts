// Structural checks of a generated connector, run by the build (the project must build without ../shared's
// JSON schemas, which tests use on top). Each problem names the connector and the JSON path it is at.
import type { Json } from '../../dsl';

type JsonObject = { [key: string]: Json };
export interface ConnectorProblem {
  /** The model file, e.g. connector/partner-center-referrals/operations.ts. */
  file: string;
  connector: string;
  /** Dotted path in the generated document: apiDefinition.paths./referrals.get.parameters.$top */
  at: string;
  message: string;
}

export const formatConnectorProblem = (p: ConnectorProblem) => `${p.file}: connector '${p.connector}': ${p.at}: ${p.message}`;

export class ConnectorError extends Error {
  constructor(readonly problems: ConnectorProblem[]) {
    super(problems.map(formatConnectorProblem).join('\n'));
    this.name = 'ConnectorError';
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const VISIBILITY = ['important', 'advanced', 'internal'];
const PRIMITIVE = ['string', 'number', 'integer', 'boolean', 'array'];
const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'file'];
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Problems of a Swagger 2.0 connector definition, as messages keyed by path (empty when valid). */
export function checkSwagger(doc: JsonObject): { at: string; message: string }[] {
  const out: { at: string; message: string }[] = [];
  const add = (at: string, message: string) => out.push({ at: `apiDefinition${at ? `.${at}` : ''}`, message });

  if (doc.swagger !== '2.0') add('swagger', `must be '2.0' (Power Platform rejects OpenAPI 3)`);
  const info = doc.info;
  if (!isObject(info) || !nonEmpty(info.title) || !nonEmpty(info.version)) add('info', 'needs a title and a version');
  if (typeof doc.host !== 'string' || !/^[^{}/ :\\]+(?::\d+)?$/.test(doc.host))
    add('host', `'${String(doc.host)}' is not a host name`);
  if (typeof doc.basePath !== 'string' || !doc.basePath.startsWith('/')) add('basePath', "must start with '/'");
  const definitions = isObject(doc.definitions) ? doc.definitions : {};
  const used = new Set<string>();

  walk(doc, '', (node, at) => {
    const ref = node.$ref;
    if (ref !== undefined) {
      const name = typeof ref === 'string' ? /^#\/definitions\/(.+)$/.exec(ref)?.[1] : undefined;
      if (!name || !(name in definitions)) add(at, `$ref '${String(ref)}' does not resolve to a definition`);
      else used.add(name);
    }
    const vis = node['x-ms-visibility'];
    if (vis !== undefined && !VISIBILITY.includes(vis as string))
      add(at, `x-ms-visibility '${String(vis)}' is not one of ${VISIBILITY.join(', ')}`);
    // (Parameters are checked by name in checkOperation.)
    const isParameter = /\.parameters\[\d+\]$/.test(at);
    if (!isParameter && node['x-ms-summary'] !== undefined && !nonEmpty(node['x-ms-summary']))
      add(at, 'x-ms-summary must be a non-empty string');
    if (node['x-nullable'] !== undefined && typeof node['x-nullable'] !== 'boolean') add(at, 'x-nullable must be a boolean');
    const isSchema = !at.startsWith('securityDefinitions') && !at.endsWith('.properties');
    if (isSchema && node.type !== undefined && !SCHEMA_TYPES.includes(node.type as string)) {
      add(at, `type ${JSON.stringify(node.type)} is not a Swagger 2.0 type (use x-nullable for null)`);
    }
  });
  for (const name of Object.keys(definitions)) if (!used.has(name)) add(`definitions.${name}`, 'is never referenced');

  const meta = doc['x-ms-connector-metadata'];
  if (meta !== undefined) {
    const ok = Array.isArray(meta) && meta.every((m) => isObject(m) && nonEmpty(m.propertyName) && nonEmpty(m.propertyValue));
    if (!ok) add('x-ms-connector-metadata', 'must be a list of { propertyName, propertyValue } strings');
  }

  const ids = new Map<string, string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  if (!Object.keys(paths).length) add('paths', 'has no operations');
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/')) add(`paths.${path}`, "must start with '/'");
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      const at = `paths.${path}.${method}`;
      if (!METHODS.includes(method)) {
        add(at, `'${method}' is not an HTTP method`);
        continue;
      }
      if (isObject(op)) checkOperation(op, path, at, definitions, ids, add);
    }
  }
  return out;
}

function checkOperation(
  op: JsonObject,
  path: string,
  at: string,
  definitions: JsonObject,
  ids: Map<string, string>,
  add: (at: string, message: string) => void,
): void {
  const id = op.operationId;
  if (!nonEmpty(id) || !/^[A-Za-z][A-Za-z0-9]*$/.test(id)) add(at, `operationId '${String(id)}' must be letters and digits`);
  else if (ids.has(id)) add(at, `operationId '${id}' is also used by ${ids.get(id)}`);
  else ids.set(id, at);
  if (!nonEmpty(op.summary)) add(at, 'has no summary');
  else if (op.summary.length > 80) add(at, `summary is ${op.summary.length} characters; the designer shows 80`);
  if (!nonEmpty(op.description)) add(at, 'has no description');

  const params = Array.isArray(op.parameters) ? op.parameters.filter(isObject) : [];
  const seen = new Set<string>();
  let bodies = 0;
  for (const p of params) {
    const pat = `${at}.parameters.${String(p.name)}`;
    const key = `${String(p.in)}:${String(p.name)}`;
    if (seen.has(key)) add(pat, 'is declared twice');
    seen.add(key);
    if (!nonEmpty(p.description)) add(pat, 'has no description');
    if (!nonEmpty(p['x-ms-summary'])) add(pat, 'has no x-ms-summary');
    if (p.in === 'body') {
      bodies++;
      if (!isObject(p.schema)) add(pat, 'a body parameter needs a schema');
    } else if (!PRIMITIVE.includes(p.type as string))
      add(pat, `a ${String(p.in)} parameter needs a primitive type, not ${JSON.stringify(p.type)}`);
    if (p.in === 'path') {
      if (p.required !== true) add(pat, 'a path parameter must be required');
      if (!path.includes(`{${String(p.name)}}`)) add(pat, `is not in the path ${path}`);
    }
    if (p.required === true && p['x-ms-visibility'] === 'internal' && p.default === undefined) {
      add(pat, 'is required and internal, so it needs a default');
    }
  }
  if (bodies > 1) add(at, 'has more than one body parameter');
  for (const m of path.matchAll(/\{([^}]+)\}/g)) {
    if (!params.some((p) => p.in === 'path' && p.name === m[1])) add(at, `path parameter {${m[1]}} is not declared`);
  }

  const responses = isObject(op.responses) ? op.responses : {};
  const codes = Object.keys(responses);
  if (!codes.some((c) => /^2\d\d$/.test(c))) add(`${at}.responses`, 'has no success (2xx) response');
  for (const [code, r] of Object.entries(responses)) {
    if (!isObject(r) || !nonEmpty(r.description)) add(`${at}.responses.${code}`, 'needs a description');
  }
  const pageable = op['x-ms-pageable'];
  if (pageable !== undefined) {
    const name = isObject(pageable) ? pageable.nextLinkName : undefined;
    const ok = codes.some((c) => /^2\d\d$/.test(c) && hasProperty(responses[c], name, definitions));
    if (!nonEmpty(name) || !ok)
      add(`${at}.x-ms-pageable`, `nextLinkName '${String(name)}' is not a property of the success response`);
  }
}

function hasProperty(response: Json | undefined, name: Json | undefined, definitions: JsonObject): boolean {
  let schema = isObject(response) ? response.schema : undefined;
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  if (ref) schema = definitions[ref];
  return isObject(schema) && isObject(schema.properties) && typeof name === 'string' && name in schema.properties;
}

/** Visits every object node with its dotted path. */
function walk(node: Json, at: string, visit: (node: JsonObject, at: string) => void): void {
  if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${at}[${i}]`, visit));
  else if (isObject(node)) {
    visit(node, at);
    for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}.${k}` : k, visit);
  }
}

/** Problems of apiProperties.json (auth, brand colour, policies against the swagger's operations). */
export function checkApiProperties(props: JsonObject, swagger: JsonObject): { at: string; message: string }[] {
  const out: { at: string; message: string }[] = [];
  const add = (at: string, message: string) => out.push({ at: `apiProperties.properties.${at}`, message });
  const p = isObject(props.properties) ? props.properties : {};
  if (typeof p.iconBrandColor !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(p.iconBrandColor))
    add('iconBrandColor', 'must be a #rrggbb colour');
  const token = isObject(p.connectionParameters) ? p.connectionParameters.token : undefined;
  const oauth = isObject(token) ? token.oAuthSettings : undefined;
  if (!isObject(oauth) || oauth.identityProvider !== 'aad') add('connectionParameters.token', 'must be an AAD oauthSetting');
  else {
    if (typeof oauth.clientId !== 'string' || !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(oauth.clientId)) {
      add('connectionParameters.token.oAuthSettings.clientId', 'must be a lower-case GUID');
    }
    const custom = isObject(oauth.customParameters) ? oauth.customParameters : {};
    const resource = isObject(custom.resourceUri) ? custom.resourceUri.value : undefined;
    if (typeof resource !== 'string' || !/^https:\/\/[^/]+/.test(resource)) {
      add('connectionParameters.token.oAuthSettings.customParameters.resourceUri', 'must be an https URI');
    }
  }
  const ids = new Set<string>();
  walk(swagger.paths ?? {}, '', (node) => void (typeof node.operationId === 'string' && ids.add(node.operationId)));
  const policies = Array.isArray(p.policyTemplateInstances) ? p.policyTemplateInstances : [];
  policies.forEach((pol, i) => {
    const params = isObject(pol) && isObject(pol.parameters) ? pol.parameters : {};
    const names = params['x-ms-apimTemplate-operationName'];
    for (const n of Array.isArray(names) ? names : []) {
      if (!ids.has(n as string))
        add(`policyTemplateInstances[${i}]`, `names operation '${String(n)}', which the swagger does not have`);
    }
    const path = params['x-ms-apimTemplateParameter.newPath'];
    if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/')))
      add(`policyTemplateInstances[${i}]`, "newPath must start with '/'");
  });
  return out;
}
