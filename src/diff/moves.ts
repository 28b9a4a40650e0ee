// Moved actions and runAfter changes, found so that moving one action reads as one change: the neighbours'
// runAfter edits a move implies (closing the gap it left, opening the one it went into) are not reported.
import type { JsonObject } from '../compile/definition';
import { type ActionInfo, runAfterOf, runOrder } from './action-info';
import { stableStringify } from './json-diff';
import type { RunAfter } from './types';

export interface Pair {
  base: ActionInfo;
  head: ActionInfo;
}

export interface PlaceChanges {
  /** Head names of moved actions: to another container or branch, or out of order in their own. */
  moved: Set<string>;
  /** Head names whose runAfter changed beyond what moves, additions and removals imply. */
  runAfter: Set<string>;
}

const canonical = (ra: RunAfter, name: (n: string) => string) =>
  stableStringify(Object.fromEntries(Object.entries(ra).map(([k, v]) => [name(k), [...v].sort()])));

/** The longest common subsequence of two name lists. */
function lcs(a: string[], b: string[]): Set<string> {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** runAfter with the actions in `skip` replaced by what they ran after, where the edge only waited for success. */
function resolve(ra: RunAfter, scope: Record<string, JsonObject>, skip: Set<string>, seen = new Set<string>()): RunAfter {
  const out: RunAfter = {};
  for (const [p, statuses] of Object.entries(ra)) {
    const through = skip.has(p) && p in scope && !seen.has(p) && statuses.length === 1 && statuses[0] === 'Succeeded';
    if (!through) out[p] = statuses;
    else Object.assign(out, resolve(runAfterOf(scope[p]!), scope, skip, seen.add(p)));
  }
  return out;
}

export function placeChanges(
  pairs: Pair[],
  base: Map<string, ActionInfo>,
  head: Map<string, ActionInfo>,
  rename: (n: string) => string,
): PlaceChanges {
  const moved = new Set<string>();
  const changedRunAfter = (p: Pair) => canonical(p.base.position.runAfter, rename) !== canonical(p.head.position.runAfter, (n) => n);
  const groups = new Map<string, Pair[]>();
  for (const p of pairs) {
    const b = p.base.position;
    const h = p.head.position;
    if ((b.container ? rename(b.container) : '') !== h.container || b.branch !== h.branch) moved.add(p.head.name);
    else {
      const key = `${h.container}\u0000${h.branch}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
  }
  // Within one action map: what is out of the longest common run order moved, if its runAfter changed.
  for (const group of groups.values()) {
    const names = new Set(group.map((p) => p.head.name));
    const baseOrder = runOrder(group[0]!.base.node.scope.actions)
      .map(rename)
      .filter((n) => names.has(n));
    const headOrder = runOrder(group[0]!.head.node.scope.actions).filter((n) => names.has(n));
    const kept = lcs(baseOrder, headOrder);
    for (const p of group) if (!kept.has(p.head.name) && changedRunAfter(p)) moved.add(p.head.name);
  }
  const pairedBase = new Set(pairs.map((p) => p.base.name));
  const pairedHead = new Set(pairs.map((p) => p.head.name));
  const skipBase = new Set([...base.keys()].filter((n) => !pairedBase.has(n) || moved.has(rename(n))));
  const skipHead = new Set([...head.keys()].filter((n) => !pairedHead.has(n) || moved.has(n)));
  const runAfter = new Set<string>();
  for (const p of pairs) {
    if (moved.has(p.head.name) || !changedRunAfter(p)) continue;
    const before = resolve(p.base.position.runAfter, p.base.node.scope.actions, skipBase);
    const after = resolve(p.head.position.runAfter, p.head.node.scope.actions, skipHead);
    if (canonical(before, rename) !== canonical(after, (n) => n)) runAfter.add(p.head.name);
  }
  return { moved, runAfter };
}
