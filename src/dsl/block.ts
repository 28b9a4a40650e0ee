// A block is a sequence of statements; statement order becomes runAfter.
import type { Action, ActionOptions } from './action';
import { DslError } from './errors';
import type { FlowGraph } from './graph';

export class Block {
  readonly actions: Action[] = [];
  /** The last statement; its continueOn() is read when the next one is added, after its options are set. */
  private tail: Action | undefined;

  constructor(readonly graph: FlowGraph) {}

  /** Adds an action as the next statement. Every builder method goes through here. */
  add<A extends Action>(action: A, runAfter?: ActionOptions['runAfter']): A {
    this.graph.register(action);
    if (runAfter) {
      action.runAfter = {};
      for (const [after, ...statuses] of runAfter) {
        if (!this.actions.includes(after)) {
          throw new DslError(
            `action '${action.name}' runs after '${after.name}', which is not an earlier statement of the same block`,
            { flow: this.graph.flowName, action: action.name, source: action.source },
          );
        }
        action.runAfter[after.name] = statuses.length ? statuses : ['Succeeded'];
      }
    } else {
      action.runAfter = this.tail ? { [this.tail.name]: [...this.tail.continueOn()] } : {};
    }
    this.actions.push(action);
    this.tail = action;
    return action;
  }

  /** A new empty block in the same flow (a branch or a loop body). */
  nested(): Block {
    return new Block(this.graph);
  }
}
