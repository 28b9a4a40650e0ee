import { Action, type ActionOptions, type ActionParts } from '../action';
import type { Block } from '../block';
import type { RenderContext } from '../context';
import type { Expr } from '../expr';
import { conditionJson } from './condition';

/** Condition (`If`): `yes` actions when the expression is true, `else` actions otherwise. */
export class If extends Action {
  readonly type = 'If';
  constructor(
    name: string,
    private readonly condition: Expr<boolean>,
    readonly yes: Block,
    readonly no: Block,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  override blocks() {
    return [
      { label: '', block: this.yes },
      { label: 'else', block: this.no },
    ];
  }

  protected parts(ctx: RenderContext): ActionParts {
    return {
      head: { actions: ctx.actions(this.yes) },
      middle: {
        else: { actions: ctx.actions(this.no) },
        expression: conditionJson(this.condition, ctx),
      },
    };
  }
}
