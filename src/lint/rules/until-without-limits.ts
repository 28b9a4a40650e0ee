import { isObject } from '../../compile/definition';
import type { LintRule, RuleFinding } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'until-without-limits',
    severity: 'warning',
    description: 'A Do until (Until) loop without an explicit limit.count and limit.timeout.',
    why: 'The implicit defaults (60 iterations, PT1H) end the loop silently as if the condition held; an intended long poll stops early, an intended short one runs an hour.',
    fix: 'Give the loop both limits (the DSL until() requires them) and check after the loop whether the condition was met.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const a of flow.model.actions) {
      if (a.json.type !== 'Until') continue;
      const limit = isObject(a.json.limit) ? a.json.limit : {};
      const missing = ['count', 'timeout'].filter((k) => limit[k] === undefined || limit[k] === null || limit[k] === '');
      if (missing.length) {
        out.push({ path: a.path, field: 'limit', message: `Until '${a.name}' has no ${missing.join(' or ')} limit: the platform default ends it silently` });
      }
    }
    return out;
  },
};
export default rule;
