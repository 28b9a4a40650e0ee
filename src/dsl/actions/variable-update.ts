// SetVariable, IncrementVariable, AppendToArrayVariable and AppendToStringVariable share one shape.
import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import { type VariableType, literalMismatch } from './initialize-variable';

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
    const { variableName, variableType } = this.variable;
    if (!allowed[this.type].includes(variableType)) {
      return [`${this.type} cannot be used on '${variableName}' of type ${variableType}`];
    }
    // The value's type: the variable's for SetVariable and AppendToString, any number to increment by.
    const valueType = this.type === 'IncrementVariable' ? 'float' : this.type === 'AppendToArrayVariable' ? undefined : variableType;
    const mismatch = valueType && literalMismatch(valueType, this.value);
    return mismatch ? [`${this.type} on '${variableName}' of type ${variableType}: ${mismatch}`] : [];
  }

  protected parts(ctx: RenderContext): ActionParts {
    const value = ctx.value(this.value);
    return { tail: { inputs: { name: this.variable.variableName, ...(value !== undefined ? { value } : {}) } } };
  }
}
