// The base of every action: a node that renders itself in the key order of real exports.
import type { Block } from './block';
import type { RenderContext } from './context';
import { type AnyRef, ref } from './ref';
import { DslError } from './errors';
import { SourceSite, actionKey } from './names';
import type { Json } from './value';

export type RunStatus = 'Succeeded' | 'Failed' | 'Skipped' | 'TimedOut';
export type RunAfter = Record<string, RunStatus[]>;

export interface ActionOptions {
  /** Shown under the action in the designer. */
  description?: string;
  /** Explicit run-after; by default an action runs after the previous statement succeeded. */
  runAfter?: Array<[Action, ...RunStatus[]]>;
  /** Hide inputs and/or outputs from run history (`runtimeConfiguration.secureData`). */
  secure?: { inputs?: boolean; outputs?: boolean };
  /**
   * Escape hatch for settings the DSL does not model (`operationOptions`, `limit`, `trackedProperties`...):
   * members set on the rendered JSON, replacing rendered ones; `undefined` removes a member; a `metadata`
   * object is merged into the derived metadata. `runAfter` and `type` stay the flow's.
   */
  extra?: Record<string, Json | undefined>;
}

/** The parts of an action's JSON, placed around runAfter/metadata/type as the designer orders them. */
export interface ActionParts {
  /** Before runAfter: container members such as `foreach`, `actions`, `cases`. */
  head?: Record<string, Json | undefined>;
  /** Between runAfter and metadata: `else`, `expression`, `limit`. */
  middle?: Record<string, Json | undefined>;
  /** After type: `kind`, `inputs`, `runtimeConfiguration`. */
  tail?: Record<string, Json | undefined>;
}

export abstract class Action {
  readonly name: string;
  private readonly site = new SourceSite();
  readonly description: string | undefined;
  readonly secure: ActionOptions['secure'];
  readonly extra: ActionOptions['extra'];
  runAfter: RunAfter = {};
  abstract readonly type: string;

  constructor(
    readonly displayName: string,
    options: ActionOptions = {},
  ) {
    this.name = actionKey(displayName);
    this.description = options.description;
    this.secure = options.secure;
    this.extra = options.extra;
  }

  /** Where the flow code declared this action (file:line). */
  get source(): string | undefined {
    return this.site.value;
  }

  /** The action's kind-specific JSON. */
  protected abstract parts(ctx: RenderContext): ActionParts;

  /** Node-level checks; each message describes one problem with this action. */
  validate(): string[] {
    return [];
  }

  /** Nested blocks (branches, loop bodies) for containers. */
  blocks(): Array<{ label: string; block: Block }> {
    return [];
  }

  /** Statuses of this action after which the next statement of its block runs. */
  continueOn(): RunStatus[] {
    return ['Succeeded'];
  }

  /** `outputs('Name')`. */
  get outputs(): AnyRef {
    return ref({ k: 'call', fn: 'outputs', args: [{ k: 'lit', v: this.name }] });
  }

  render(ctx: RenderContext): Json {
    const p = this.parts(ctx);
    const runtime = this.runtimeConfiguration(p.tail?.runtimeConfiguration);
    const out: Record<string, Json | undefined> = {
      ...p.head,
      runAfter: this.runAfter,
      ...p.middle,
      metadata: { operationMetadataId: ctx.operationId(this.name) },
      type: this.type,
      ...p.tail,
      runtimeConfiguration: runtime,
      description: this.description,
    };
    this.applyExtra(out);
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Json;
  }

  private applyExtra(out: Record<string, Json | undefined>): void {
    for (const [key, value] of Object.entries(this.extra ?? {})) {
      if (key === 'runAfter' || key === 'type') throw new DslError(`extra must not set '${key}': the flow derives it`);
      const merge = key === 'metadata' && typeof value === 'object' && value !== null && !Array.isArray(value);
      out[key] = merge ? { ...(out.metadata as Record<string, Json>), ...value } : value;
    }
  }

  private runtimeConfiguration(base: Json | undefined): Json | undefined {
    const props = [
      ...(this.secure?.inputs ? ['inputs'] : []),
      ...(this.secure?.outputs ? ['outputs'] : []),
    ];
    if (!props.length) return base;
    return { ...(base as Record<string, Json> | undefined), secureData: { properties: props } };
  }
}
