import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Ref } from '../ref';
import { compact } from '../value';
import { bodyOf } from './body-ref';
import { type RetryPolicy, retryPolicyJson, validateRetryPolicy } from './retry-policy';

/** What a parent needs to know of a child flow: its id and its trigger's input keys. */
export interface ChildFlowTarget {
  readonly displayName: string;
  readonly key?: string;
  /** Maps a declared input name to the trigger schema key (`text`, `text_1`, `boolean`...). */
  inputKey(name: string): string | undefined;
}

/** Run a Child Flow (`Workflow`): calls another flow of the solution and waits for its response. */
export class RunChildFlow<O = any> extends Action {
  readonly type = 'Workflow';
  constructor(
    name: string,
    readonly child: ChildFlowTarget,
    private readonly inputs: Record<string, unknown>,
    private readonly options: ActionOptions & { retryPolicy?: RetryPolicy } = {},
  ) {
    super(name, options);
  }

  /** The child's response body. */
  get body(): Ref<O> {
    return bodyOf<O>(this.name);
  }

  override validate(): string[] {
    const unknown = Object.keys(this.inputs).filter((k) => this.child.inputKey(k) === undefined);
    const problems = unknown.map((k) => `child flow '${this.child.displayName}' has no input '${k}'`);
    return [...problems, ...validateRetryPolicy(this.options.retryPolicy)];
  }

  protected parts(ctx: RenderContext): ActionParts {
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.inputs)) body[this.child.inputKey(k) ?? k] = v;
    const inputs = compact({
      host: { workflowReferenceName: ctx.workflowIdOf(this.child) },
      body: Object.keys(body).length ? ctx.value(body) : undefined,
      retryPolicy: retryPolicyJson(this.options.retryPolicy),
    });
    return { tail: { inputs } };
  }
}
