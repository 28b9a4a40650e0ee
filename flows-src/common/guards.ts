// Loop guards on Dataverse triggers: a row the sync itself modified does not start a run (trigger condition).
// With cosell_syncuserid empty the condition lets every change through and the flows' own comparisons
// (nothing differs, nothing is written) still stop the loop, one run later.
import { $, type Ref, slashRef } from '../../src/dsl';
import { text } from '../mapping';
import { syncUserId } from './env';

/** The trigger row was modified by someone other than the sync's Dataverse identity. */
export const notModifiedBySync = (row: Ref<{ _modifiedby_value: string }>): Ref<boolean> =>
  $.or(
    $.empty($.trim(syncUserId)),
    $.not($.equals($.toLower(text(row._modifiedby_value)), $.toLower($.trim(syncUserId)))),
  );

/** The row of a Dataverse trigger (`triggerOutputs()?['body/...']`), for trigger conditions written before the trigger. */
export const triggerRow = <Row>(): Ref<Row> => slashRef<Row>({ k: 'call', fn: 'triggerOutputs', args: [] }, 'body');
