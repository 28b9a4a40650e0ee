// Inline suppressions in workflow JSON: an action's (or the trigger's) `description` holding
//   cosell-lint-disable <rule-id>[, <rule-id>...]: <reason>
// An action's directive covers findings on that action; the trigger's covers the trigger and flow-level findings
// (connection references, parameters). A directive without a reason suppresses nothing and is itself a finding.
import type { LintFlow } from './flow';

export const DIRECTIVE = 'cosell-lint-disable';

export interface Directive {
  /** Action path, or `triggers/<name>`. */
  readonly path: string;
  readonly rules: string[];
  readonly reason: string;
  /** The directive as written, for messages. */
  readonly text: string;
}

export function parseDirectives(description: string, path: string): Directive[] {
  return description
    .split(new RegExp(`${DIRECTIVE}\\b`))
    .slice(1)
    .map((part) => {
      const line = part.split(/\r?\n/)[0]!;
      const m = /^\s*([A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*)?\s*(?::(.*))?$/.exec(line);
      const rules = m?.[1]?.split(',').map((r) => r.trim()).filter(Boolean) ?? [];
      return { path, rules, reason: (m?.[2] ?? '').trim(), text: `${DIRECTIVE}${line}`.trim() };
    });
}

/** Every directive in a flow's trigger and action descriptions. */
export function directivesOf(flow: LintFlow): Directive[] {
  const out: Directive[] = [];
  for (const [name, json] of Object.entries(flow.model.triggers)) {
    if (typeof json?.description === 'string') out.push(...parseDirectives(json.description, `triggers/${name}`));
  }
  for (const a of flow.model.actions) if (typeof a.json.description === 'string') out.push(...parseDirectives(a.json.description, a.path));
  return out;
}

/** A reason is some words, not just punctuation. */
export const hasReason = (d: Directive) => /[A-Za-z]{3,}/.test(d.reason);

const FLOW_LEVEL = /^(triggers|connectionReferences|parameters)\//;

/** Whether a directive covers a finding at `path` (undefined: the flow as a whole). */
export function covers(d: Directive, path: string | undefined): boolean {
  if (d.path === path) return true;
  return d.path.startsWith('triggers/') && (path === undefined || FLOW_LEVEL.test(path));
}
