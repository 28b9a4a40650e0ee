// Errors raised while parsing or checking Workflow Definition Language expressions.

/** What went wrong, for callers that branch on the kind of failure. */
export type ExpressionErrorReason =
  | 'UnexpectedToken'
  | 'UnexpectedCharacter'
  | 'UnterminatedString'
  | 'UnterminatedInterpolation'
  | 'EmptyInterpolation'
  | 'TooDeep'
  | 'UnknownFunction'
  | 'WrongArity'
  // Evaluation (see EvaluationError):
  | 'InvalidArgument'
  | 'InvalidProperty'
  | 'MissingReference'
  | 'InternalError';

/**
 * An invalid template language expression, in the spirit of Power Automate's
 * `InvalidTemplate` errors. `position` is a 0-based offset into the whole
 * JSON string value (not into the expression body).
 */
export class ExpressionError extends Error {
  readonly code = 'InvalidTemplate';
  override readonly name: string = 'ExpressionError';

  constructor(
    message: string,
    readonly position: number,
    readonly reason: ExpressionErrorReason,
  ) {
    super(message);
  }
}

/** Quotes text for an error message, shortening very long expressions. */
export function quoteForMessage(text: string, max = 200): string {
  return text.length <= max ? `'${text}'` : `'${text.slice(0, max)}...'`;
}

/** Why an evaluation failed; `InternalError` means a bug in the engine, never the input. */
export type EvaluationErrorReason = 'InvalidArgument' | 'InvalidProperty' | 'MissingReference' | 'InternalError';

/**
 * A template language expression that parsed but could not be evaluated, e.g.
 * `int('x')`. `position` is the start of the failing call or property access.
 */
export class EvaluationError extends ExpressionError {
  override readonly name: string = 'EvaluationError';

  constructor(message: string, position: number, reason: EvaluationErrorReason) {
    super(message, position, reason);
  }
}
