import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { Json } from '../value';

/**
 * Escape hatch: an action given as raw workflow JSON (type, inputs, ...), for kinds the DSL does not model.
 * The flow still owns its name, runAfter and metadata, and the build still checks every expression in it.
 */
export class RawAction extends Action {
  readonly type: string;
  constructor(
    name: string,
    private readonly json: { type: string; [key: string]: Json },
    options?: ActionOptions,
  ) {
    super(name, options);
    this.type = json.type;
  }

  override validate(): string[] {
    const managed = ['runAfter', 'metadata'].filter((k) => k in this.json);
    return managed.map((k) => `raw JSON must not set '${k}': the flow derives it`);
  }

  protected parts(_ctx: RenderContext): ActionParts {
    const { type: _type, ...rest } = this.json;
    const { actions, foreach, ...tail } = rest;
    return { head: { foreach, actions }, tail };
  }
}
