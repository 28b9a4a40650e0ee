// runAfter relations between sibling actions: who handles whose failure, and what runs downstream.
import { type ActionNode, type DefinitionModel, type JsonObject, descendantsAndSelf, isObject } from '../../compile/definition';

const FAILURE = ['Failed', 'TimedOut'];

/** Statuses on which `json` runs after `target`. */
export function statusesAfter(json: JsonObject, target: string): string[] {
  const s = isObject(json.runAfter) ? json.runAfter[target] : undefined;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

/** The sibling of `node` called `name` (same action map). */
export function sibling(node: ActionNode, name: string, model: DefinitionModel): ActionNode | undefined {
  return model.byName.get(name)?.find((n) => n.scope === node.scope);
}

/** Siblings that run after `node` when it failed or timed out. */
export function failureHandlers(node: ActionNode, model: DefinitionModel): ActionNode[] {
  return Object.entries(node.scope.actions)
    .filter(([, json]) => isObject(json) && statusesAfter(json, node.name).some((s) => FAILURE.includes(s)))
    .map(([name]) => sibling(node, name, model))
    .filter((n): n is ActionNode => n !== undefined);
}

/** Targets a handler runs after only on failure (Failed or TimedOut, never Succeeded): it is a catch for them. */
export function caughtTargets(json: JsonObject): string[] {
  if (!isObject(json.runAfter)) return [];
  return Object.keys(json.runAfter).filter((t) => {
    const s = statusesAfter(json, t);
    return s.some((x) => FAILURE.includes(x)) && !s.includes('Succeeded');
  });
}

/** `node`, every sibling that transitively runs after it (on any status), and everything nested in them. */
export function downstreamOf(node: ActionNode, model: DefinitionModel): ActionNode[] {
  const names = new Set([node.name]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, json] of Object.entries(node.scope.actions)) {
      if (names.has(name) || !isObject(json?.runAfter)) continue;
      if (Object.keys(json.runAfter).some((t) => names.has(t))) names.add(name), (grew = true);
    }
  }
  return [...names]
    .map((n) => sibling(node, n, model))
    .filter((n): n is ActionNode => n !== undefined)
    .flatMap((n) => descendantsAndSelf(n, model));
}
