// TS source lines of a DSL flow: where the flow and each of its actions are declared.
import type { Action, Block, Flow } from '../dsl';
import type { FlowSources } from './flow';

/**
 * Where `flow(...)` is called and where each of its actions is declared. Read from the stack only when a finding
 * asks, since resolving a declaration site is the costly part.
 */
export function flowSources(flow: Flow): FlowSources {
  const actions = new Map<string, Action>();
  const visit = (block: Block) => {
    for (const a of block.actions) {
      actions.set(a.name, a);
      for (const child of a.blocks()) visit(child.block);
    }
  };
  visit(flow.build().root);
  return {
    get flow() {
      return flow.source;
    },
    actions: { get: (name) => actions.get(name)?.source },
  };
}
