import { DIRECTIVE, directivesOf, hasReason } from '../suppressions';
import type { LintRule, RuleFinding } from '../rule';

/** Malformed directives; the engine adds the ones that suppress nothing, as warnings. */
const rule: LintRule = {
  meta: {
    id: 'suppression',
    severity: 'error',
    description: `A ${DIRECTIVE} directive that gives no reason, names an unknown rule, or suppresses nothing.`,
    why: 'A suppression is a decision someone must be able to review: without a reason it hides a problem, and a stale one hides the next.',
    fix: `Write "${DIRECTIVE} <rule-id>: <why this is fine here>" in the action's description, or remove it.`,
  },
  check(flow, ctx) {
    const out: RuleFinding[] = [];
    for (const d of directivesOf(flow)) {
      const at = { path: d.path, field: 'description' };
      if (!d.rules.length) {
        out.push({ ...at, message: `malformed directive '${d.text}': write ${DIRECTIVE} <rule-id>: <reason>` });
        continue;
      }
      for (const r of d.rules) {
        if (r === 'suppression') out.push({ ...at, message: `'${d.text}': the suppression rule cannot be suppressed` });
        else if (!ctx.ruleIds.has(r)) out.push({ ...at, message: `'${d.text}' names an unknown rule '${r}'` });
      }
      if (!hasReason(d)) out.push({ ...at, message: `'${d.text}' gives no reason: a suppression must say why after a colon, so it suppresses nothing` });
    }
    return out;
  },
};
export default rule;
