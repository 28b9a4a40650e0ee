// The catch of every sync flow: the failure goes to the opportunity's audit trail with a cross (when there is an
// opportunity to flag), then the run ends Failed so the run history and the calling flow see it too.
import { $, type Columns, type Scope, type Steps, type Value } from '../../src/dsl';
import { auditEntry, failedPrefix, markedName, withAuditEntry } from '../mapping';
import { type OpportunityRow, opportunity } from '../tables';
import { showCheckMark } from './env';
import { failureOf } from './failure';
import { dv } from './retry';

/**
 * `what` names the direction, e.g. `Partner Center → Dynamics 365`; `filter` finds the opportunity; `values` are
 * more columns for the same write (no action more).
 */
export function recordFailure(
  b: Steps,
  attempt: Scope,
  what: string,
  filter: Value<string>,
  values: Columns<OpportunityRow> = {},
) {
  const message = failureOf(b, attempt);
  // Read again: the try scope may have failed before it read the opportunity, and the trail must be kept.
  const flag = b.scope('Flag the opportunity', (f) => {
    const found = f.dataverse.listRows('Find the opportunity to flag', opportunity, {
      filter,
      select: ['opportunityid', 'name', 'cosell_audit'],
      top: 1,
      ...dv,
    });
    const row = found.first;
    f.if('Is there an opportunity to flag', $.not($.empty(found.rows)), {
      yes: (c) =>
        c.dataverse.updateRow('Write the failure to the audit trail', opportunity, row.opportunityid, {
          values: {
            name: markedName(row.name, false, showCheckMark),
            cosell_audit: withAuditEntry(row.cosell_audit, auditEntry(false, $.concat(failedPrefix(what), message))),
            ...values,
          },
          ...dv,
        }),
    });
  });
  b.terminate(
    'Fail the run',
    'Failed',
    { code: 'SyncFailed', message },
    { runAfter: [[flag, 'Succeeded', 'Failed', 'Skipped', 'TimedOut']] },
  );
}
