// The flow graph owns name uniqueness: every action and trigger key is unique in a flow.
import type { Action } from './action';
import { DslError } from './errors';

export class FlowGraph {
  private readonly names = new Map<string, { source?: string | undefined }>();

  constructor(readonly flowName: string) {}

  register(node: { name: string; source?: string | undefined }): void {
    const first = this.names.get(node.name)?.source;
    if (this.names.has(node.name)) {
      throw new DslError(
        `flow '${this.flowName}': the name '${node.name}' is used twice` + (first ? ` (first at ${first})` : ''),
        { flow: this.flowName, action: node.name, source: node.source },
      );
    }
    this.names.set(node.name, node);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }
}

export type { Action };
