import { type JsonObject, isObject } from '../../compile/definition';
import { literalTexts, isPlainLiteral, valuesOf } from '../facts/literals';
import { MAYBE_SECRET_VALUE, PLACEHOLDER, SECRET_FIELD, SECRET_VALUES } from '../facts/secrets';
import type { LintRule, RuleFinding } from '../rule';

/** The member name at the end of a field path (`inputs.headers.x-api-key` -> `x-api-key`). */
const lastMember = (field: string) => field.replace(/\[\d+\]$/, '').split('.').pop() ?? '';

// Messages never quote the value: findings end up in logs and code-scanning alerts.
function scan(path: string, json: JsonObject): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { field, value } of valuesOf(json)) {
    if (SECRET_FIELD.test(lastMember(field)) && isPlainLiteral(value) && value.trim().length >= 4 && !PLACEHOLDER.test(value.trim())) {
      out.push({ path, field, message: `'${lastMember(field)}' holds a literal credential` });
      continue;
    }
    const texts = literalTexts(value).filter((t) => MAYBE_SECRET_VALUE.test(t));
    const hit = texts.length ? SECRET_VALUES.find((p) => texts.some((t) => p.re.test(t))) : undefined;
    if (hit) out.push({ path, field, message: `the value looks like ${hit.what}` });
  }
  return out;
}

const rule: LintRule = {
  meta: {
    id: 'secret-literal',
    severity: 'error',
    description: 'A password, key, token or other credential written as a literal in the flow, or a secure parameter with a literal default.',
    why: 'The workflow JSON is exported, committed and shown in run history: a literal secret leaks to everyone who can read any of them.',
    fix: 'Keep secrets in a secret environment variable (Azure Key Vault) or the connection, read them at run time, and mark those actions secure.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const [name, p] of Object.entries(flow.model.definition.parameters ?? {})) {
      if (!isObject(p) || !/^Secure(String|Object)$/i.test(String(p.type))) continue;
      const d = p.defaultValue;
      if ((typeof d === 'string' && d !== '') || (isObject(d) && Object.keys(d).length)) {
        out.push({ path: `parameters/${name}`, field: 'defaultValue', message: `the secure parameter '${name}' has a literal default value` });
      }
    }
    for (const [name, json] of Object.entries(flow.model.triggers)) out.push(...scan(`triggers/${name}`, json ?? {}));
    for (const a of flow.model.actions) out.push(...scan(a.path, a.json));
    return out;
  },
};
export default rule;
