// Renamed actions: a removed and an added action of the same type and content once names are set aside.
import { childScopes } from '../compile/definition';
import type { ActionInfo } from './action-info';
import { stableStringify } from './json-diff';
import { renameInJson } from './references';

const UNKNOWN = '\u0000?';

/** What an action is, with names of actions not known on both sides blanked out. */
function signature(info: ActionInfo, name: (n: string) => string): string {
  const children = childScopes(info.node.json).map((s) => [s.label, Object.keys(s.actions).map(name).sort()]);
  return stableStringify([info.type, renameInJson(info.own, name), children]);
}

function place(info: ActionInfo, name: (n: string) => string): string {
  const p = info.position;
  return stableStringify([p.container ? name(p.container) : '', p.branch, Object.keys(p.runAfter).map(name).sort()]);
}

/** Base name → head name for every renamed action. */
export function findRenames(base: Map<string, ActionInfo>, head: Map<string, ActionInfo>): Map<string, string> {
  const renames = new Map<string, string>();
  const targets = new Set<string>();
  for (;;) {
    const removed = [...base.values()].filter((a) => !head.has(a.name) && !renames.has(a.name));
    const added = [...head.values()].filter((a) => !base.has(a.name) && !targets.has(a.name));
    const baseName = (n: string) => renames.get(n) ?? (head.has(n) ? n : UNKNOWN);
    const headName = (n: string) => (base.has(n) || targets.has(n) ? n : UNKNOWN);
    const groups = new Map<string, { removed: ActionInfo[]; added: ActionInfo[] }>();
    const group = (key: string) => groups.get(key) ?? groups.set(key, { removed: [], added: [] }).get(key)!;
    for (const a of removed) group(signature(a, baseName)).removed.push(a);
    for (const a of added) group(signature(a, headName)).added.push(a);
    const found = new Map<string, string>();
    for (const g of groups.values()) {
      if (g.removed.length === 1 && g.added.length === 1) found.set(g.removed[0]!.name, g.added[0]!.name);
      else {
        // Several alike: pair only those in the same place.
        const free = [...g.added];
        for (const r of g.removed) {
          const i = free.findIndex((a) => place(a, headName) === place(r, baseName));
          if (i >= 0) found.set(r.name, free.splice(i, 1)[0]!.name);
        }
      }
    }
    if (!found.size) return renames;
    for (const [from, to] of found) {
      renames.set(from, to);
      targets.add(to);
    }
  }
}
