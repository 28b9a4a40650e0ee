// Each action of a definition as the diff compares it: own content, container, branch, runAfter, order.
import { type ActionNode, type JsonObject, NESTED_MEMBERS, childScopes, isObject, modelOf } from '../compile/definition';
import type { Position, RunAfter } from './types';

export interface ActionInfo {
  name: string;
  type: string;
  node: ActionNode;
  position: Position;
  /** The action's JSON without nested actions, `runAfter` and `metadata.operationMetadataId`. */
  own: JsonObject;
  /** Run order: depth-first, each action map in runAfter order. */
  index: number;
}

/** Drops `metadata.operationMetadataId` (and `metadata` when nothing else is left). */
export function withoutOperationId(json: JsonObject): JsonObject {
  if (!isObject(json.metadata) || !('operationMetadataId' in json.metadata)) return json;
  const { operationMetadataId: _, ...metadata } = json.metadata;
  const { metadata: __, ...rest } = json;
  return Object.keys(metadata).length ? { ...rest, metadata } : rest;
}

/** The action's own members: nested action maps left out, the members that held them kept (case values…). */
export function ownContent(json: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'runAfter' || key === 'actions') continue;
    if (!NESTED_MEMBERS.has(key) || !isObject(value)) out[key] = value;
    else if (key === 'cases') {
      out.cases = Object.fromEntries(Object.entries(value).map(([k, c]) => [k, isObject(c) ? withoutActions(c) : c]));
    } else {
      const rest = withoutActions(value);
      if (Object.keys(rest).length) out[key] = rest;
    }
  }
  return withoutOperationId(out);
}

const withoutActions = (v: JsonObject): JsonObject => Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'actions'));

export function runAfterOf(json: JsonObject): RunAfter {
  const out: RunAfter = {};
  if (!isObject(json.runAfter)) return out;
  for (const [name, statuses] of Object.entries(json.runAfter)) {
    out[name] = Array.isArray(statuses) ? statuses.map(String) : [];
  }
  return out;
}

/** Action names depth-first, each action map in run order. */
function runSequence(actions: Record<string, JsonObject>, out: string[] = []): string[] {
  for (const name of runOrder(actions)) {
    out.push(name);
    for (const child of childScopes(isObject(actions[name]) ? actions[name] : {})) runSequence(child.actions, out);
  }
  return out;
}

/** The definition's actions, in run order. */
export function actionInfos(definition: JsonObject): Map<string, ActionInfo> {
  const out = new Map<string, ActionInfo>();
  const order = new Map<string, number>();
  for (const name of runSequence(isObject(definition.actions) ? definition.actions : {})) if (!order.has(name)) order.set(name, order.size);
  const nodes = modelOf(definition).actions.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  nodes.forEach((node, index) => {
    if (out.has(node.name)) return; // names are unique in a valid flow; keep the first
    const parent = node.parent;
    const branch = parent && node.scope.id !== parent.path ? node.scope.id.slice(parent.path.length + 1) : '';
    out.set(node.name, {
      name: node.name,
      type: typeof node.json.type === 'string' ? node.json.type : '',
      node,
      position: {
        container: parent?.name ?? '',
        ...(parent ? { containerType: String(parent.json.type ?? '') } : {}),
        branch,
        runAfter: runAfterOf(node.json),
      },
      own: ownContent(node.json),
      index,
    });
  });
  return out;
}

/** The names of one action map in run order: runAfter first, then the map's own order. */
export function runOrder(actions: Record<string, JsonObject>): string[] {
  const names = Object.keys(actions);
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < names.length) {
    const next =
      names.find((n) => !done.has(n) && Object.keys(runAfterOf(actions[n] ?? {})).every((p) => done.has(p) || !(p in actions))) ??
      names.find((n) => !done.has(n))!; // a cycle: take the first left
    done.add(next);
    order.push(next);
  }
  return order;
}
