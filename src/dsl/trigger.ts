// The base of every trigger: renders in the key order of real exports.
import type { RenderContext } from './context';
import type { Expr } from './expr';
import { type AnyRef, ref } from './ref';
import { type Json, compact } from './value';

export interface TriggerOptions {
  description?: string;
  /** Trigger conditions: the run starts only when every expression is true. */
  conditions?: Expr<boolean>[];
  /** Concurrency control: at most `runs` runs at once (1-100), and queued runs (`maximumWaitingRuns`). */
  concurrency?: { runs: number; maximumWaitingRuns?: number };
}

export abstract class Trigger {
  abstract readonly type: string;
  readonly kind: string | undefined = undefined;

  constructor(
    readonly name: string,
    protected readonly options: TriggerOptions = {},
  ) {}

  protected abstract renderInputs(ctx: RenderContext): Json | undefined;

  /** Members placed before `metadata`, such as a Recurrence trigger's `recurrence`. */
  protected renderHead(_ctx: RenderContext): Record<string, Json> {
    return {};
  }

  validate(): string[] {
    const c = this.options.concurrency;
    if (!c) return [];
    const problems: string[] = [];
    if (!Number.isInteger(c.runs) || c.runs < 1 || c.runs > 100) problems.push(`concurrency.runs must be 1-100, not ${c.runs}`);
    const w = c.maximumWaitingRuns;
    if (w !== undefined && (!Number.isInteger(w) || w < 1 || w > 100)) problems.push(`maximumWaitingRuns must be 1-100, not ${w}`);
    return problems;
  }

  /** `triggerOutputs()`. */
  get outputs(): AnyRef {
    return ref({ k: 'call', fn: 'triggerOutputs', args: [] });
  }

  render(ctx: RenderContext): Json {
    const o = this.options;
    const out: Record<string, Json | undefined> = {
      ...this.renderHead(ctx),
      metadata: { operationMetadataId: ctx.operationId(this.name) },
      type: this.type,
      kind: this.kind,
      inputs: this.renderInputs(ctx),
      conditions: o.conditions?.map((c) => ({ expression: ctx.value(c) ?? null })),
      runtimeConfiguration: o.concurrency
        ? ({ concurrency: compact({ runs: o.concurrency.runs, maximumWaitingRuns: o.concurrency.maximumWaitingRuns }) } as Json)
        : undefined,
      description: o.description,
    };
    return compact(out);
  }
}
