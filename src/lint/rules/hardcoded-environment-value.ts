import type { JsonObject } from '../../compile/definition';
import { literalTexts, valuesOf } from '../facts/literals';
import type { LintRule, RuleFinding } from '../rule';

const URL = /\bhttps?:\/\/([^\s/'"<>(){}\\?#]+)[^\s'"<>(){}\\]*/i;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
/** Hosts of XML/JSON namespaces and schema ids: identifiers, not endpoints. */
const NAMESPACE_HOSTS = /^(schemas\.microsoft\.com|schema\.management\.azure\.com|json-schema\.org|www\.w3\.org|schemas\.xmlsoap\.org|adaptivecards\.io|schemas\.openxmlformats\.org|purl\.org)$/i;
/** Connector plumbing and identities that are solution-aware by design. */
const NOT_CONFIG = /^inputs\.host(\.|$)|subscriptionRequest\/name$|workflowReferenceName$/;

function hardcoded(text: string): string | undefined {
  // The non-global patterns rule most texts out before any global scan is set up.
  if (URL.test(text)) for (const m of text.matchAll(new RegExp(URL, 'gi'))) if (!NAMESPACE_HOSTS.test(m[1]!)) return `URL '${m[0]}'`;
  if (GUID.test(text)) for (const m of text.matchAll(new RegExp(GUID, 'gi'))) if (m[0] !== NIL_GUID) return `GUID '${m[0]}'`;
  return undefined;
}

function scan(path: string, json: JsonObject): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { field, value } of valuesOf(json)) {
    if (NOT_CONFIG.test(field)) continue;
    const found = literalTexts(value).map(hardcoded).find(Boolean);
    if (found) out.push({ path, field, message: `hard-coded ${found}: it differs between environments, so it belongs in an environment variable` });
  }
  return out;
}

const rule: LintRule = {
  meta: {
    id: 'hardcoded-environment-value',
    severity: 'warning',
    description: 'A literal URL or GUID in an action or trigger, where an environment variable belongs.',
    why: 'Endpoints, record ids and tenant ids differ between dev, test and production: a literal one points production at the wrong place after import.',
    fix: 'Declare an environment variable (solution.yaml) and read it (env.string(...) / parameters(\'Name (schema)\')), or look the row up by a stable key.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const [name, json] of Object.entries(flow.model.triggers)) out.push(...scan(`triggers/${name}`, json ?? {}));
    for (const a of flow.model.actions) out.push(...scan(a.path, a.json));
    return out;
  },
};
export default rule;
