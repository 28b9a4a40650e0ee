// TS source lines of a DSL flow: where the flow and each of its actions are declared.
import type { Block, Flow } from '../dsl';
import type { FlowSources } from './flow';

/** Where `flow(...)` is called and where each of its actions is declared. */
export function flowSources(flow: Flow): FlowSources {
  const actions = new Map<string, string>();
  const visit = (block: Block) => {
    for (const a of block.actions) {
      if (a.source) actions.set(a.name, a.source);
      for (const child of a.blocks()) visit(child.block);
    }
  };
  visit(flow.build().root);
  return { ...(flow.source ? { flow: flow.source } : {}), actions };
}
