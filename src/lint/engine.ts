// Runs the rules over a set of flows, locates each finding, and applies inline suppressions.
import { type LintFinding, compareFindings } from './finding';
import type { LintFlow } from './flow';
import { lineOfPath } from './json-line';
import type { LintContext, LintRule, RuleFinding, RuleMeta } from './rule';
import { RULES } from './rules';
import suppressionRule from './rules/suppression';
import { type Directive, covers, directivesOf, hasReason } from './suppressions';

export interface LintOptions {
  /** The rules to run; default every rule. */
  rules?: readonly LintRule[];
  /** Give suppressed findings their TS source too (default true; the build, which drops them, turns it off). */
  locateSuppressed?: boolean;
}

const isActionPath = (path: string | undefined) => path !== undefined && !/^(triggers|connectionReferences|parameters)\//.test(path);

function locate(flow: LintFlow, meta: RuleMeta, f: RuleFinding, withSource = true): LintFinding {
  const action = withSource && isActionPath(f.path) ? flow.sources?.actions.get(f.path!.split('/').pop()!) : undefined;
  const source = withSource ? (action ?? flow.sources?.flow) : undefined;
  const line = flow.origin.entry === undefined ? lineOfPath(flow.origin.text, f.path) : undefined;
  return {
    rule: meta.id,
    severity: f.severity ?? meta.severity,
    flow: flow.name,
    file: flow.origin.file,
    ...(flow.origin.entry !== undefined ? { entry: flow.origin.entry } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(source ? { source } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.field !== undefined ? { field: f.field } : {}),
    message: f.message,
  };
}

/** Lints flows together (cross-flow rules see all of them); every finding, suppressed ones marked, sorted. */
export function lintWorkflows(flows: readonly LintFlow[], options: LintOptions = {}): LintFinding[] {
  const rules = options.rules ?? RULES;
  const ctx: LintContext = { flows, ruleIds: new Set(RULES.map((r) => r.meta.id)) };
  const out: LintFinding[] = [];
  for (const flow of flows) {
    const directives = directivesOf(flow).filter(hasReason);
    const used = new Map<Directive, Set<string>>();
    for (const rule of rules) {
      for (const f of rule.check(flow, ctx)) {
        const d = rule === suppressionRule ? undefined : directives.find((x) => x.rules.includes(rule.meta.id) && covers(x, f.path));
        const finding = locate(flow, rule.meta, f, !d || options.locateSuppressed !== false);
        if (d) used.set(d, (used.get(d) ?? new Set()).add(rule.meta.id));
        out.push(d ? { ...finding, suppressed: { reason: d.reason } } : finding);
      }
    }
    if (!rules.includes(suppressionRule)) continue;
    const ran = new Set(rules.map((r) => r.meta.id));
    for (const d of directives) {
      for (const id of d.rules.filter((r) => ran.has(r) && r !== suppressionRule.meta.id && !used.get(d)?.has(r))) {
        const message = `'${d.text}': '${id}' finds nothing here, so the suppression is stale: remove it`;
        out.push(locate(flow, suppressionRule.meta, { path: d.path, field: 'description', message, severity: 'warning' }));
      }
    }
  }
  return out.sort(compareFindings);
}
