// The linter: rules over workflow JSON (ours or exported), with inline suppressions, in human, JSON and SARIF form.
export { lintWorkflows, type LintOptions } from './engine';
export { type LintFinding, type LintSummary, active, errorsIn, summarize } from './finding';
export { type FlowSources, type LintFlow, type LintOrigin, lintFlow, workflowProperties } from './flow';
export { type LintContext, type LintRule, type RuleFinding, type RuleMeta, type Severity } from './rule';
export { RULES } from './rules';
export { DIRECTIVE, parseDirectives } from './suppressions';
export { readLintInputs, type LintInputs } from './read';
export { flowSources } from './sources';
export { lintCompiled, lintProblems, problemOf } from './compiled';
export { formatFinding, formatHuman, type HumanOptions } from './format/human';
export { formatJson } from './format/json';
export { SARIF_SCHEMA, formatSarif, toSarif } from './format/sarif';
