import { isObject } from '../../compile/definition';
import { isExternalCall } from '../facts/connectors';
import type { LintRule, RuleFinding } from '../rule';

/** An explicit `retryPolicy` that never retries. An absent policy is the platform default (exponential, 4 retries). */
const rule: LintRule = {
  meta: {
    id: 'external-call-no-retry',
    severity: 'warning',
    description: 'An external call (Http, connector, child flow) has retryPolicy none (or a count of 0).',
    why: 'Throttling (429), 5xx and timeouts are transient: without retries one blip fails the run. The default policy retries 4 times, exponentially.',
    fix: 'Remove the retryPolicy (platform default) or set an exponential one; if the call is not idempotent, say so in a suppression.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const a of flow.model.actions) {
      const p = a.json.inputs?.retryPolicy;
      if (!isExternalCall(a.json) || !isObject(p)) continue;
      const type = String(p.type ?? '').toLowerCase();
      if (type === 'none' || ((type === 'fixed' || type === 'exponential') && Number(p.count) === 0)) {
        out.push({
          path: a.path,
          field: 'inputs.retryPolicy',
          message: `${a.json.type} call '${a.name}' never retries (retryPolicy ${type}${type === 'none' ? '' : ', count 0'}): a transient failure fails it at once`,
        });
      }
    }
    return out;
  },
};
export default rule;
