import { Action, type ActionOptions, type ActionParts } from '../action';
import type { RenderContext } from '../context';
import { isExpr } from '../expr';
import { type Ref, ref } from '../ref';

export type VariableType = 'string' | 'integer' | 'float' | 'boolean' | 'array' | 'object';
type TypeOf<K extends VariableType> = K extends 'string'
  ? string
  : K extends 'integer' | 'float'
    ? number
    : K extends 'boolean'
      ? boolean
      : K extends 'array'
        ? unknown[]
        : Record<string, unknown>;

/** Why a plain (non-expression) value cannot be stored in a variable of this type; undefined if it can. */
export function literalMismatch(type: VariableType, v: unknown): string | undefined {
  if (v === undefined || v === null || isExpr(v)) return undefined;
  const ok = {
    string: typeof v === 'string',
    integer: Number.isInteger(v),
    float: typeof v === 'number',
    boolean: typeof v === 'boolean',
    array: Array.isArray(v),
    object: typeof v === 'object' && !Array.isArray(v),
  }[type];
  return ok ? undefined : `${JSON.stringify(v)} is not ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** Initialize variable. The action is also the variable's handle: `v.value` is `variables('name')`. */
export class InitializeVariable<K extends VariableType, T = TypeOf<K>> extends Action {
  readonly type = 'InitializeVariable';
  constructor(
    readonly variableName: string,
    readonly variableType: K,
    private readonly initial: unknown,
    options?: ActionOptions & { actionName?: string },
  ) {
    super(options?.actionName ?? `Initialize ${variableName}`, options);
  }

  get value(): Ref<T> {
    return ref<T>({ k: 'call', fn: 'variables', args: [{ k: 'lit', v: this.variableName }] });
  }

  override validate(): string[] {
    const problems = /^[A-Za-z_][\w ]*$/.test(this.variableName) ? [] : [`variable name '${this.variableName}' is not valid`];
    const mismatch = literalMismatch(this.variableType, this.initial);
    if (mismatch) problems.push(`initial value of '${this.variableName}': ${mismatch}`);
    return problems;
  }

  protected parts(ctx: RenderContext): ActionParts {
    const initial = ctx.value(this.initial);
    const variable = { name: this.variableName, type: this.variableType, ...(initial !== undefined ? { value: initial } : {}) };
    return { tail: { inputs: { variables: [variable] } } };
  }
}

export type Variable<T> = InitializeVariable<VariableType, T>;
