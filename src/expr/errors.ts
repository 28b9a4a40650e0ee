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
  | 'WrongArity';

/**
 * An invalid template language expression, in the spirit of Power Automate's
 * `InvalidTemplate` errors. `position` is a 0-based offset into the whole
 * JSON string value (not into the expression body).
 */
export class ExpressionError extends Error {
  readonly code = 'InvalidTemplate';
  override readonly name = 'ExpressionError';

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
