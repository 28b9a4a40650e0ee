// One flow's workflow JSON, whatever envelope it came in, with the identity the diff matches flows by.
import { type JsonObject, isObject } from '../compile/definition';

export interface FlowDoc {
  /** The workflow GUID, lower-case, when known (from `<Name>-<GUID>.json`, the solution or the JSON). */
  id?: string;
  name: string;
  /** Where it came from, for messages: a path inside a zip or folder. */
  file: string;
  json: JsonObject;
}

export interface FlowParts {
  /** `properties` of clientdata; the envelope itself for Logic Apps' `{ definition }`. */
  properties: JsonObject;
  definition: JsonObject;
  connectionReferences: JsonObject;
}

/** The definition of clientdata (`{ properties: { definition } }`), `{ definition }`, or a bare definition. */
export function partsOf(json: JsonObject): FlowParts {
  const properties = isObject(json.properties) ? json.properties : json;
  const definition = isObject(properties.definition)
    ? properties.definition
    : isObject(json.triggers) || isObject(json.actions)
      ? json
      : {};
  const connectionReferences = isObject(properties.connectionReferences) ? properties.connectionReferences : {};
  return { properties, definition, connectionReferences };
}

/** Whether parsed JSON looks like a flow in one of those envelopes. */
export function isWorkflowJson(json: unknown): json is JsonObject {
  if (!isObject(json)) return false;
  const { definition } = partsOf(json);
  return isObject(definition.triggers) || isObject(definition.actions);
}

const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The identity of a workflow file: `Workflows/<Name>-<GUID>.json`, `…/flows/<GUID>/definition.json`, or its JSON. */
export function identityOf(path: string, json: JsonObject): { id?: string; name: string } {
  const base = path
    .split('/')
    .pop()!
    .replace(/\.json$/i, '');
  const fromName = new RegExp(`^(.*?)-?${GUID.source}$`, 'i').exec(base);
  const fromFolder = GUID.exec(path.split('/').slice(-2, -1)[0] ?? '');
  const fromJson = typeof json.name === 'string' && GUID.exec(json.name);
  const id = (fromName?.[2] ?? fromFolder?.[1] ?? (fromJson ? fromJson[1] : undefined))?.toLowerCase();
  const displayName = isObject(json.properties) && typeof json.properties.displayName === 'string' ? json.properties.displayName : '';
  return { ...(id ? { id } : {}), name: displayName || fromName?.[1] || base };
}
