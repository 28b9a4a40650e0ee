// A lint rule made from one of the build's whole-flow checks (src/compile/checks), so exported flows get it too.
import { DEFINITION_CHECKS } from '../compile/checks';
import type { DefinitionCheck } from '../compile/finding';
import type { LintRule, RuleMeta } from './rule';

export function ruleFromCheck(meta: RuleMeta, check: DefinitionCheck): LintRule {
  // A flow the build's checks passed (LintFlow.checked) gets the same answer from them without running them again.
  const inBuild = Object.values(DEFINITION_CHECKS).includes(check);
  return {
    meta,
    check: (flow) =>
      inBuild && flow.checked ? [] : check(flow.model, flow.properties).map((f) => ({ path: f.path, field: f.field, message: f.message })),
  };
}
