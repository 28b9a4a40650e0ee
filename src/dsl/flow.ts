// A flow: a trigger plus a top-level block, built lazily from a callback.
import type { ActionOptions } from './action';
import { InitializeVariable, type VariableType } from './actions/initialize-variable';
import type { ChildFlowTarget } from './actions/run-child-flow';
import { DslError } from './errors';
import type { Value } from './expr';
import { FlowGraph } from './graph';
import { SourceSite } from './names';
import { Steps } from './steps';
import type { Schema } from './schema';
import type { Trigger } from './trigger';
import { type InputRefs, type InputsSpec, ManualTrigger } from './triggers/manual';

export interface FlowOptions {
  /** Stable identity for the workflow GUID; defaults to the display name. Set it before renaming a flow. */
  key?: string;
  description?: string;
}

/** The top-level block: it alone may set the trigger and initialize variables. */
export class FlowBuilder extends Steps {
  trigger_: Trigger | undefined;

  trigger<T extends Trigger>(trigger: T): T {
    if (this.trigger_) throw new DslError(`flow '${this.graph.flowName}' has two triggers`, { flow: this.graph.flowName });
    this.graph.register(trigger);
    this.trigger_ = trigger;
    return trigger;
  }

  /** Initialize variable. Only the top level may initialize variables, as in Power Automate. */
  variable<T, K extends VariableType = VariableType>(
    name: string,
    type: K,
    initial?: Value<T>,
    o?: ActionOptions & { /** The action's own name; defaults to `Initialize <name>`. */ actionName?: string },
  ) {
    return this.add(new InitializeVariable<K, T>(name, type, initial, o), o?.runAfter);
  }
}

export interface BuiltFlow {
  readonly graph: FlowGraph;
  readonly trigger: Trigger;
  readonly root: FlowBuilder;
}

export class Flow {
  private readonly site = new SourceSite();
  private built: BuiltFlow | undefined;

  constructor(
    readonly displayName: string,
    private readonly body: (f: FlowBuilder) => void,
    readonly options: FlowOptions = {},
  ) {}

  /** Where the flow code declared this flow (file:line). */
  get source(): string | undefined {
    return this.site.value;
  }

  get key(): string | undefined {
    return this.options.key;
  }

  /** Runs the flow code once; construction-time errors surface here, naming the flow. */
  build(): BuiltFlow {
    if (this.built) return this.built;
    const graph = new FlowGraph(this.displayName);
    const root = new FlowBuilder(graph);
    this.body(root);
    if (!root.trigger_) throw new DslError(`flow '${this.displayName}' has no trigger`, { flow: this.displayName, source: this.source });
    this.built = { graph, trigger: root.trigger_, root };
    return this.built;
  }
}

/** A child flow: a manual trigger with declared inputs, called by other flows with `runChildFlow`. */
export class ChildFlow<I extends InputsSpec, O = any> extends Flow implements ChildFlowTarget {
  declare readonly __output?: O;
  readonly manual: ManualTrigger<I>;

  constructor(
    displayName: string,
    inputs: I,
    body: (f: FlowBuilder, inputs: InputRefs<I>) => void,
    options?: FlowOptions & { outputs?: Schema<O> },
  ) {
    const manual = new ManualTrigger(inputs);
    super(displayName, (f) => body(f, f.trigger(manual).inputs), options);
    this.manual = manual;
  }

  inputKey(name: string): string | undefined {
    return this.manual.keys[name];
  }
}

export const flow = (displayName: string, body: (f: FlowBuilder) => void, options?: FlowOptions) =>
  new Flow(displayName, body, options);

/**
 * A child flow. Give `outputs` (the schema of what it responds) to type the parent's `run.body`:
 * `childFlow('Helper', { id: input.text('Id') }, (f, i) => ..., { outputs: s.object({ opportunityId: s.string() }) })`.
 */
export const childFlow = <I extends InputsSpec, O = any>(
  displayName: string,
  inputs: I,
  body: (f: FlowBuilder, inputs: InputRefs<I>) => void,
  options?: FlowOptions & { outputs?: Schema<O> },
) => new ChildFlow<I, O>(displayName, inputs, body, options);
