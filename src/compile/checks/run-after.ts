import { isObject } from '../definition';
import type { DefinitionCheck, Finding } from '../finding';

const STATUSES = new Set(['Succeeded', 'Failed', 'Skipped', 'TimedOut']);

/** runAfter targets exist in the same scope, statuses are valid, there is no cycle, and every action is reachable. */
export const runAfter: DefinitionCheck = (model) => {
  const findings: Finding[] = [];
  const add = (path: string, message: string) => findings.push({ check: 'run-after', path, field: 'runAfter', message });
  for (const scope of model.scopes) {
    const prefix = scope.id ? `${scope.id}/` : '';
    const edges = new Map<string, string[]>();
    const broken = new Set<string>();
    for (const [name, json] of Object.entries(scope.actions)) {
      const ra = json?.runAfter ?? {};
      if (!isObject(ra)) {
        add(prefix + name, 'runAfter must be an object');
        continue;
      }
      const targets: string[] = [];
      broken.add(name);
      for (const [target, statuses] of Object.entries(ra)) {
        if (!(target in scope.actions)) {
          const elsewhere = model.byName.get(target)?.[0];
          add(
            prefix + name,
            elsewhere
              ? `runs after '${target}', which is not in the same scope (it is at '${elsewhere.path}')`
              : `runs after '${target}', which does not exist`,
          );
          continue;
        }
        if (target === name) add(prefix + name, 'runs after itself');
        if (!Array.isArray(statuses) || !statuses.length || statuses.some((s) => !STATUSES.has(s))) {
          add(prefix + name, `runAfter '${target}' must list statuses among Succeeded, Failed, Skipped, TimedOut`);
        }
        targets.push(target);
      }
      if (targets.length === Object.keys(ra).length) broken.delete(name);
      edges.set(name, targets);
    }
    // Cycles: a depth-first search over "runs after" edges (`trail` is the current path).
    const state = new Map<string, 'open' | 'done'>();
    const inCycle = new Set<string>();
    const trail: string[] = [];
    const dfs = (n: string) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        const cycle = trail.slice(trail.indexOf(n));
        if (!cycle.some((c) => inCycle.has(c))) add(prefix + n, `runAfter cycle: ${[...cycle, n].join(' -> ')}`);
        cycle.forEach((c) => inCycle.add(c));
        return;
      }
      state.set(n, 'open');
      trail.push(n);
      for (const t of edges.get(n) ?? []) dfs(t);
      trail.pop();
      state.set(n, 'done');
    };
    for (const n of edges.keys()) dfs(n);
    // Reachability: forward from the actions that start the scope (empty runAfter); an action is reached once
    // every action it runs after is.
    const next = new Map<string, string[]>();
    for (const [m, targets] of edges) for (const t of targets) next.get(t)?.push(m) ?? next.set(t, [m]);
    const reached = new Set<string>();
    const frontier = [...edges].filter(([n]) => Object.keys(scope.actions[n]?.runAfter ?? {}).length === 0).map(([n]) => n);
    while (frontier.length) {
      const n = frontier.pop()!;
      if (reached.has(n)) continue;
      reached.add(n);
      for (const m of next.get(n) ?? []) if (edges.get(m)!.every((t) => reached.has(t))) frontier.push(m);
    }
    for (const n of edges.keys()) {
      if (!reached.has(n) && !inCycle.has(n) && !broken.has(n)) add(prefix + n, 'is unreachable: it waits on an action that can never run');
    }
  }
  return findings;
};
