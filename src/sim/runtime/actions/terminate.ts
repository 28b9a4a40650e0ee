// Terminate: ends the run with Succeeded, Failed or Cancelled; actions not yet started never run.
import { isObject, toText } from '../../../expr';
import { ActionFailure } from '../errors';
import type { ActionExecutor } from '../state';

const STATUSES = { succeeded: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled' } as const;

export const terminate: ActionExecutor = (call) => {
  const inputs = call.recordInputs(call.evaluate(call.json.inputs));
  const given = isObject(inputs) ? toText(inputs.runStatus ?? null) : '';
  const status = STATUSES[given.toLowerCase() as keyof typeof STATUSES];
  if (!status) throw new ActionFailure('InvalidTemplate', `Terminate's runStatus '${given}' is not Succeeded, Failed or Cancelled.`);
  const runError = isObject(inputs) && isObject(inputs.runError) ? inputs.runError : undefined;
  const error =
    status === 'Failed'
      ? {
          code: runError?.code !== undefined ? toText(runError.code) : 'Terminated',
          message: runError?.message !== undefined ? toText(runError.message) : `The run was terminated by action '${call.name}'.`,
        }
      : undefined;
  call.run.terminated = { status, ...(error ? { error } : {}) };
  return { inputs, terminates: true };
};
