import { Action, type ActionOptions, type ActionParts } from '../action';
import type { Block } from '../block';
import type { RenderContext } from '../context';
import type { Value } from '../expr';
import type { Json } from '../value';

export interface SwitchCase {
  readonly value: string | number;
  readonly block: Block;
  /** The case's key when it is not derived from the value. */
  readonly key?: string | undefined;
}

/** Switch: runs the case whose value equals the expression, else `default`. */
export class Switch extends Action {
  readonly type = 'Switch';
  constructor(
    name: string,
    private readonly on: Value<string | number>,
    readonly cases: SwitchCase[],
    readonly fallback: Block,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  /** The designer's case keys: `Case_<value>`, with `_2`, `_3`... when two values give the same key. */
  caseKey(c: SwitchCase): string {
    if (c.key !== undefined) return c.key;
    const base = (v: SwitchCase) => `Case_${String(v.value).replace(/[^\w]+/g, '_')}`;
    const before = this.cases.slice(0, this.cases.indexOf(c)).filter((o) => base(o) === base(c)).length;
    return before ? `${base(c)}_${before + 1}` : base(c);
  }

  override blocks() {
    return [
      ...this.cases.map((c) => ({ label: this.caseKey(c), block: c.block })),
      { label: 'default', block: this.fallback },
    ];
  }

  override validate(): string[] {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of this.cases) {
      const key = `${typeof c.value}:${c.value}`;
      if (seen.has(key)) problems.push(`case '${c.value}' appears twice`);
      seen.add(key);
    }
    if (!this.cases.length) problems.push('a Switch needs at least one case');
    return problems;
  }

  protected parts(ctx: RenderContext): ActionParts {
    const cases: Record<string, Json> = {};
    for (const c of this.cases) cases[this.caseKey(c)] = { case: c.value, actions: ctx.actions(c.block) };
    return {
      middle: { cases, default: { actions: ctx.actions(this.fallback) }, expression: ctx.value(this.on) ?? null },
    };
  }
}
