// The runAfter graph of one action map, computed once per map and reused by every run.
import type { JsonObject } from '../../compile/definition';
import type { RunStatusName } from '../contracts';

export interface Dependency {
  readonly target: string;
  readonly statuses: ReadonlySet<string>;
}

export interface ScopePlan {
  /** Action names in definition order. */
  readonly names: readonly string[];
  readonly dependencies: ReadonlyMap<string, readonly Dependency[]>;
  /** Actions that run after each action, in definition order. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
  /** Actions with an empty runAfter: they start with the scope. */
  readonly roots: readonly string[];
}

const plans = new WeakMap<object, ScopePlan>();

export function planOf(actions: Record<string, JsonObject>): ScopePlan {
  let plan = plans.get(actions);
  if (plan) return plan;
  const names = Object.keys(actions);
  const dependencies = new Map<string, Dependency[]>();
  const successors = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const name of names) {
    const runAfter: Record<string, unknown> = actions[name]?.runAfter ?? {};
    const deps = Object.entries(runAfter).map(([target, statuses]) => ({
      target,
      statuses: new Set(Array.isArray(statuses) ? statuses.map(String) : []),
    }));
    dependencies.set(name, deps);
    for (const d of deps) successors.get(d.target)?.push(name);
  }
  plan = { names, dependencies, successors, roots: names.filter((n) => dependencies.get(n)!.length === 0) };
  plans.set(actions, plan);
  return plan;
}

/**
 * The status of a scope from its actions' final statuses (Logic Apps semantics): Failed when an
 * action Failed or TimedOut and no action that runs after it ran (the failure is unhandled);
 * Skipped actions do not count, as a branch ending in a skip takes its predecessor's status.
 */
export function aggregate(plan: ScopePlan, status: ReadonlyMap<string, RunStatusName>): 'Succeeded' | 'Failed' {
  for (const name of plan.names) {
    const s = status.get(name);
    if (s !== 'Failed' && s !== 'TimedOut') continue;
    const handled = plan.successors.get(name)!.some((n) => {
      const t = status.get(n);
      return t !== undefined && t !== 'Skipped';
    });
    if (!handled) return 'Failed';
  }
  return 'Succeeded';
}
