// The action changes of one flow: renamed, moved, runAfter, inputs, added and removed, in the flow's order.
import type { JsonObject } from '../compile/definition';
import { type ActionInfo, actionInfos } from './action-info';
import { diffJson } from './json-diff';
import { type Pair, placeChanges } from './moves';
import { renameInJson } from './references';
import { findRenames } from './renames';
import type { FlowChange } from './types';

/** How many of the actions in `among` are nested in `info`. */
function nestedCount(info: ActionInfo, among: Iterable<ActionInfo>): number {
  let n = 0;
  for (const other of among) {
    for (let p = other.node.parent; p; p = p.parent) if (p === info.node) n++;
  }
  return n;
}

/** Whether an ancestor of the action is itself in `set` (its change is reported with that ancestor). */
const underOneOf = (info: ActionInfo, set: Set<string>) => {
  for (let p = info.node.parent; p; p = p.parent) if (set.has(p.name)) return true;
  return false;
};

export function diffActions(baseDefinition: JsonObject, headDefinition: JsonObject): FlowChange[] {
  const base = actionInfos(baseDefinition);
  const head = actionInfos(headDefinition);
  const renames = findRenames(base, head);
  const rename = (n: string) => renames.get(n) ?? n;
  const pairs: Pair[] = [];
  for (const b of base.values()) {
    const h = head.get(rename(b.name));
    if (h) pairs.push({ base: b, head: h });
  }
  const byHead = new Map(pairs.map((p) => [p.head.name, p]));
  const pairedBase = new Set(pairs.map((p) => p.base.name));
  const added = new Set([...head.keys()].filter((n) => !byHead.has(n)));
  const removed = new Set([...base.keys()].filter((n) => !pairedBase.has(n)));
  const place = placeChanges(pairs, base, head, rename);

  const changes: FlowChange[] = [];
  for (const h of head.values()) {
    const pair = byHead.get(h.name);
    if (!pair) {
      if (underOneOf(h, added)) continue;
      const nested = nestedCount(
        h,
        [...head.values()].filter((a) => added.has(a.name)),
      );
      changes.push({ kind: 'action-added', action: h.name, type: h.type, position: h.position, nested, definition: h.own });
      continue;
    }
    const b = pair.base;
    const moved = place.moved.has(h.name) ? { from: b.position, to: h.position } : undefined;
    if (b.name !== h.name) changes.push({ kind: 'action-renamed', action: h.name, from: b.name, ...(moved ? { moved } : {}) });
    else if (moved) changes.push({ kind: 'action-moved', action: h.name, ...moved });
    if (place.runAfter.has(h.name))
      changes.push({ kind: 'run-after-changed', action: h.name, from: b.position.runAfter, to: h.position.runAfter });
    const inputs = diffJson(renameInJson(b.own, rename), h.own, '', b.own);
    if (inputs.length) changes.push({ kind: 'action-changed', action: h.name, changes: inputs });
  }
  for (const b of base.values()) {
    if (!removed.has(b.name) || underOneOf(b, removed)) continue;
    const nested = nestedCount(
      b,
      [...base.values()].filter((a) => removed.has(a.name)),
    );
    changes.push({ kind: 'action-removed', action: b.name, type: b.type, position: b.position, nested });
  }
  return changes;
}
