import { secretInputReason, secretOutputReason, securedParts } from '../facts/secrets';
import type { LintRule, RuleFinding } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'secure-data-missing',
    severity: 'warning',
    description: 'An action that reads a secret lacks secure outputs, or one that sends a credential lacks secure inputs (runtimeConfiguration.secureData).',
    why: 'Run history shows every input and output in clear text to anyone who can see the run, co-owners and admins included.',
    fix: 'Turn on Secure inputs / Secure outputs (DSL: { secure: { inputs: true, outputs: true } }).',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const a of flow.model.actions) {
      const secured = securedParts(a.json);
      const reads = secretOutputReason(a.json, flow.properties);
      if (reads && !secured.has('outputs')) {
        out.push({ path: a.path, field: 'runtimeConfiguration.secureData', message: `'${a.name}' returns a secret (${reads}) but its outputs are not secured` });
      }
      const sends = secretInputReason(a, flow.model, flow.properties);
      if (sends && !secured.has('inputs')) {
        out.push({ path: a.path, field: 'runtimeConfiguration.secureData', message: `'${a.name}' carries a credential (${sends}) but its inputs are not secured` });
      }
    }
    return out;
  },
};
export default rule;
