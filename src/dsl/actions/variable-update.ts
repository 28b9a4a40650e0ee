// SetVariable, IncrementVariable, AppendToArrayVariable and AppendToStringVariable share one shape.
import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import type { VariableType } from './initialize-variable';

export type VariableUpdateType = 'SetVariable' | 'IncrementVariable' | 'AppendToArrayVariable' | 'AppendToStringVariable';

const allowed: Record<VariableUpdateType, VariableType[]> = {
  SetVariable: ['string', 'integer', 'float', 'boolean', 'array', 'object'],
  IncrementVariable: ['integer', 'float'],
  AppendToArrayVariable: ['array'],
  AppendToStringVariable: ['string'],
};

export class VariableUpdate extends Action {
  constructor(
    readonly type: VariableUpdateType,
    name: string,
    readonly variable: { readonly variableName: string; readonly variableType: VariableType },
    private readonly value: unknown,
    options?: ActionOptions,
  ) {
    super(name, options);
  }

  override validate(): string[] {
    const ok = allowed[this.type].includes(this.variable.variableType);
    return ok ? [] : [`${this.type} cannot be used on '${this.variable.variableName}' of type ${this.variable.variableType}`];
  }

  protected parts(ctx: RenderContext): ActionParts {
    const value = ctx.value(this.value);
    return { tail: { inputs: { name: this.variable.variableName, ...(value !== undefined ? { value } : {}) } } };
  }
}
