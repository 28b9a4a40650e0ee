// A lint rule made from one of the build's whole-flow checks (src/compile/checks), so exported flows get it too.
import type { DefinitionCheck } from '../compile/finding';
import type { LintRule, RuleMeta } from './rule';

export function ruleFromCheck(meta: RuleMeta, check: DefinitionCheck): LintRule {
  return {
    meta,
    check: (flow) => check(flow.model, flow.properties).map((f) => ({ path: f.path, field: f.field, message: f.message })),
  };
}
