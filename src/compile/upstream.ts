// Which actions have finished before a given action runs, in runAfter terms.
import { type ActionNode, type DefinitionModel, ancestors, descendantsAndSelf } from './definition';

/**
 * Names of the actions upstream of `node`: for the action and each enclosing container, every action it
 * transitively runs after in its own scope, together with everything nested inside those actions.
 */
export function upstreamNames(node: ActionNode, model: DefinitionModel): Set<string> {
  const result = new Set<string>();
  for (const x of [node, ...ancestors(node)]) {
    const stack = Object.keys(x.json.runAfter ?? {});
    const seen = new Set<string>();
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name) || !(name in x.scope.actions)) continue;
      seen.add(name);
      stack.push(...Object.keys(x.scope.actions[name]?.runAfter ?? {}));
    }
    for (const name of seen) {
      const target = model.byName.get(name)?.find((n) => n.scope === x.scope);
      if (target) for (const d of descendantsAndSelf(target, model)) result.add(d.name);
    }
  }
  return result;
}
