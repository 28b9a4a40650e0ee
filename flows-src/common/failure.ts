// Failure reporting: what went wrong in a try scope, as one readable line for the audit trail or the run error.
import { $, type Ref, type Scope, type Steps } from '../../src/dsl';
import { text } from '../mapping';

interface ActionResult {
  name: string;
  status: string;
  code: string;
  error: { message: string };
  outputs: { statusCode: number; body: { error: { message: string }; message: string } };
}

/**
 * `<action>: <message>` for the first failed action of the scope (the service's own error message when it sent
 * one). Adds a Filter array action named `Failed actions`.
 */
export function failureOf(b: Steps, scope: Scope): Ref<string> {
  const failed = b.filter('Failed actions', $.result(scope) as unknown as Ref<ActionResult[]>, (a) =>
    $.equals(a.status, 'Failed'),
  );
  const first = $.first(failed.body);
  const message = $.coalesce<string>(
    first.outputs.body.error.message,
    first.outputs.body.message,
    first.error.message,
    first.code,
  );
  return $.concat(text(first.name), ': ', text(message));
}
