// Helpers for evaluation tests.
import { expect } from 'vitest';
import { evaluateValue, EvaluationError, ExpressionError, toJson, type EvaluationContext, type Value } from '../../src/expr/index';

/** A fixed clock, so utcNow() and friends are deterministic. */
export const at = (now: string): EvaluationContext => ({ now: () => now });

/** Evaluates `@<expression>`. */
export function ev(expression: string, context: EvaluationContext = {}): Value {
  return evaluateValue(`@${expression}`, context);
}

/** Evaluates `@<expression>` and returns its JSON text (compares numbers and types as printed). */
export function evJson(expression: string, context: EvaluationContext = {}): string {
  return toJson(ev(expression, context));
}

/** Evaluates a whole string value, expecting an ExpressionError, and returns it. */
export function failure(value: string, context: EvaluationContext = {}): ExpressionError {
  try {
    evaluateValue(value, context);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    expect((error as ExpressionError).code).toBe('InvalidTemplate');
    if (error instanceof EvaluationError) expect(error.reason).not.toBe('InternalError');
    return error as ExpressionError;
  }
  throw new Error(`expected '${value}' to fail`);
}
