// Secret facts: what a secret looks like, which actions produce or consume one, and what run history hides.
import { type ActionNode, type DefinitionModel, type JsonObject, isObject } from '../../compile/definition';
import { parseValue } from '../../expr/parser';
import { referencesIn } from '../../expr/walk';
import { apiNameOf, operationOf } from './connectors';
import { valuesOf } from './literals';

/** The last segment of a field that holds a credential. */
export const SECRET_FIELD =
  /(^|[.\-_/ ])(pass(word|wd|phrase)?|secret|client[-_]?secret|token|access[-_]?token|refresh[-_]?token|api[-_]?key|apikey|access[-_]?key|account[-_]?key|private[-_]?key|shared[-_]?access[-_]?key|subscription[-_]?key|x-functions-key|authorization|connection[-_]?string|pfx|sas)$/i;

/** Values that are credentials whatever field holds them. */
export const SECRET_VALUES: ReadonlyArray<{ what: string; re: RegExp }> = [
  { what: 'a JSON web token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/ },
  { what: 'a bearer or basic credential', re: /^\s*(Bearer|Basic)\s+[A-Za-z0-9+/=._~-]{12,}\s*$/i },
  { what: 'an AWS access key', re: /\bAKIA[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{30,}\b/ },
  { what: 'a Slack token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { what: 'a private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { what: 'a storage account key or SAS', re: /(AccountKey|SharedAccessKey)=[A-Za-z0-9+/=]{16,}|[?&]sig=[A-Za-z0-9%+/=]{16,}/ },
  { what: 'a password in a connection string or URL', re: /(password|pwd)=[^;&\s'"]{4,}|:\/\/[^/\s:@]+:[^/\s:@]{4,}@/i },
];

/**
 * One pass that every text matching any SECRET_VALUES pattern also matches (the patterns joined, case ignored): a
 * text it does not match needs no pattern tried.
 */
export const MAYBE_SECRET_VALUE = new RegExp(SECRET_VALUES.map((p) => `(?:${p.re.source})`).join('|'), 'i');

/** Placeholder spellings that are not secrets. */
export const PLACEHOLDER = /^(\s*|\*+|x+|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|null|none|undefined|todo)$/i;

/** Which of `inputs` / `outputs` the action hides from run history (`runtimeConfiguration.secureData`). */
export function securedParts(json: JsonObject): Set<string> {
  const props = json.runtimeConfiguration?.secureData?.properties;
  return new Set(Array.isArray(props) ? props.map(String) : []);
}

/** Why an action's outputs hold a secret, or undefined. */
export function secretOutputReason(json: JsonObject, properties: JsonObject): string | undefined {
  const op = operationOf(json);
  const action = json.inputs?.parameters?.actionName;
  if (op === 'PerformUnboundAction' && action === 'RetrieveEnvironmentVariableSecretValue') {
    return 'it reads a secret environment variable (RetrieveEnvironmentVariableSecretValue)';
  }
  if (apiNameOf(json, properties) === 'shared_keyvault' && /^GetSecret/i.test(op ?? '')) return 'it reads an Azure Key Vault secret';
  if (json.type === 'Http' && /\/oauth2(\/v2\.0)?\/token\b/i.test(String(json.inputs?.uri ?? ''))) {
    return 'it requests an OAuth token';
  }
  return undefined;
}

/** Why an action's inputs carry a credential, or undefined. */
export function secretInputReason(node: ActionNode, model: DefinitionModel, properties: JsonObject): string | undefined {
  const json = node.json;
  const auth = json.inputs?.authentication;
  if ((json.type === 'Http' || json.type === 'HttpWebhook') && isObject(auth) && auth.type !== 'ManagedServiceIdentity') {
    return `it authenticates with ${String(auth.type ?? 'credentials')}`;
  }
  if (json.type === 'Http' && isObject(json.inputs?.headers)) {
    const header = Object.keys(json.inputs.headers).find((h) => SECRET_FIELD.test(h));
    if (header) return `it sends the '${header}' header`;
  }
  const sources = secretSources(model, properties);
  // Most flows read no secret: then no value can use one, and nothing needs parsing.
  if (!sources.size) return undefined;
  for (const { value } of valuesOf(json)) {
    let parsed;
    try {
      parsed = parseValue(value);
    } catch {
      continue;
    }
    const ref = referencesIn(parsed).find((r) => r.kind === 'action' && r.arg && sources.has(r.arg));
    if (ref) return `it uses the secret that '${ref.arg}' reads`;
  }
  return undefined;
}

const cache = new WeakMap<DefinitionModel, Set<string>>();

/** Names of the actions whose outputs hold a secret. */
export function secretSources(model: DefinitionModel, properties: JsonObject): Set<string> {
  let found = cache.get(model);
  if (!found) {
    found = new Set(model.actions.filter((a) => secretOutputReason(a.json, properties)).map((a) => a.name));
    cache.set(model, found);
  }
  return found;
}
