// What a lint rule is: metadata (id, severity, why) and a check over one workflow, with every linted flow at hand.
import type { LintFlow } from './flow';

export type Severity = 'error' | 'warning' | 'note';

export interface RuleMeta {
  /** Stable kebab-case id, used in suppressions, JSON and SARIF. */
  readonly id: string;
  /** Default severity. `error` fails `cosell build`. */
  readonly severity: Severity;
  /** One line: what the rule finds. */
  readonly description: string;
  /** Why it matters. */
  readonly why: string;
  /** What to do instead. */
  readonly fix: string;
}

/** One finding of a rule, located in the flow; the engine adds the flow, file and TS source. */
export interface RuleFinding {
  /** Action path (`Try/Get_referral`), `triggers/<name>`, `connectionReferences/<key>`, `parameters/<name>`; none for the flow. */
  readonly path?: string;
  /** The JSON member inside the action, e.g. `inputs.uri`. */
  readonly field?: string;
  readonly message: string;
  /** Overrides the rule's severity for this finding. */
  readonly severity?: Severity;
}

export interface LintContext {
  /** Every flow linted together (cross-flow rules look for loops among them). */
  readonly flows: readonly LintFlow[];
  /** Ids of the rules that exist, for checking suppressions. */
  readonly ruleIds: ReadonlySet<string>;
}

export interface LintRule {
  readonly meta: RuleMeta;
  check(flow: LintFlow, ctx: LintContext): RuleFinding[];
}
