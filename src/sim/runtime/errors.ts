// Failures of actions (recorded in the run) and of loading flows (thrown, located).
import { type Problem, formatProblem } from '../../compile/problem';
import { ExpressionError, type Value } from '../../expr';

export interface ErrorInfo {
  code: string;
  message: string;
}

/** An action failed (or timed out); the runner records it with these outputs. */
export class ActionFailure extends Error {
  /** Retries made before the action gave up. */
  retries = 0;

  constructor(
    readonly code: string,
    message: string,
    readonly outputs?: Value,
    readonly status: 'Failed' | 'TimedOut' = 'Failed',
  ) {
    super(message);
    this.name = 'ActionFailure';
  }
}

/** Power Automate's message for an expression that fails in an action's inputs. */
export function templateFailure(action: string, e: ExpressionError, where = 'inputs'): ActionFailure {
  return new ActionFailure(
    'InvalidTemplate',
    `Unable to process template language expressions in action '${action}' ${where} at line '0' and column '0': '${e.message}'.`,
  );
}

/** What a thrown value means for the action that threw it. */
export function failureOf(action: string, e: unknown): ActionFailure {
  if (e instanceof ActionFailure) return e;
  if (e instanceof ExpressionError) return templateFailure(action, e);
  const detail = e instanceof Error ? e.message : String(e);
  return new ActionFailure('SimulatorError', `The simulator failed while running action '${action}': ${detail}`);
}

/** The error of a scope, loop or run that ends with an unhandled failure. */
export const ACTION_FAILED: ErrorInfo = { code: 'ActionFailed', message: 'An action failed. No dependent actions succeeded.' };

/** A flow the simulator refuses to load, with every problem located (flow, action path, field). */
export class FlowLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'FlowLoadError';
  }
}
