// The referral's solutions as the opportunity's Partner Center Solution rows (cosell_partnercentersolution), each
// linking the opportunity to a catalogue entry (cosell_solutiondetail) by solution id; an id the catalogue does
// not hold gets no row. Rows get their ids before they are written, so that the opportunity holds them
// (cosell_solutionrowids): a row removed later leads back to its opportunity by that list.
// These writes are the sync's and go nowhere: the opportunity's lists are written first, then the rows. A created
// row starts no "Dynamics 365 Microsoft Solutions to Partner Center" run (its trigger condition skips the sync
// user's rows, given cosell_syncuserid) or, without it, one that finds the row's id already listed and ends; a
// deleted row's run finds no opportunity, the row's id being off the opportunity's list before the delete.
import type { Referral, Solution } from '../../connector/partner-center-referrals';
import { $, type Ref, type Steps, type Value } from '../../src/dsl';
import {
  SOLUTION_ROW_EXPAND,
  catalogueEntriesOf,
  odataEq,
  referralSolutionIds,
  rowIdsToKeep,
  rowIdsToRemove,
  solutionIdsToAdd,
  solutionRow,
} from '../mapping';
import { opportunity, partnerCenterSolution, solutionDetail } from '../tables';
import { dv } from './retry';
import { upsertItem } from './rows';

/** The referral's solutions, an empty list when it has none. */
export const solutionsOf = (r: Ref<Referral>): Ref<Solution[]> =>
  $.coalesce<Solution[]>(r.details.requirements.solutions, $.json('[]'));

/** A new deal's rows: each solution found in the catalogue gets the row id given at the same index. */
export function addReferralSolutions(
  b: Steps,
  solutions: Ref<Solution[]>,
  rowIds: Ref<string[]>,
  opportunityId: Value<string>,
) {
  b.foreach(
    'Add the referral solutions',
    $.fn<number[]>('range', 0, $.length(solutions)),
    (l, k) => {
      const solution = $.first($.skip(solutions, k));
      const detail = l.dataverse.listRows('Find the solution in the catalog', solutionDetail, {
        filter: odataEq('cosell_solutionid', solution.id),
        select: ['cosell_solutiondetailid'],
        top: 1,
        ...dv,
      });
      l.if('Is the solution in the catalog', $.not($.empty(detail.rows)), {
        yes: (c) =>
          upsertItem(
            c,
            'Add the solution to the opportunity',
            partnerCenterSolution,
            $.first($.skip(rowIds, k)),
            solutionRow(opportunityId, detail.first.cosell_solutiondetailid, $.coalesce(solution.name, solution.id)),
          ),
      });
    },
    { concurrency: 1 },
  );
}

/**
 * A linked opportunity whose referral has other solutions than its rows took in: the opportunity updated with
 * `columns` and both solution columns, then rows for the solutions new to it (named as in the catalogue) and the
 * rows of solutions no longer on the referral deleted.
 */
export function updateWithSolutions(
  b: Steps,
  solutions: Ref<Solution[]>,
  opportunityId: Value<string>,
  columns: Ref<Record<string, unknown>>,
) {
  const rows = b.dataverse.listRows('List the solution rows', partnerCenterSolution, {
    filter: $.concat('_cosell_opportunity_value eq ', opportunityId),
    select: ['cosell_partnercentersolutionid'],
    expand: SOLUTION_ROW_EXPAND,
    ...dv,
  }).rows;
  const entries = b.dataverse.listRows('Find the new solutions in the catalog', solutionDetail, {
    filter: catalogueEntriesOf(solutionIdsToAdd(solutions, rows)),
    select: ['cosell_solutiondetailid', 'cosell_solutionid', 'cosell_name'],
    ...dv,
  }).rows;
  const newIds = b.select('Ids of the new solution rows', entries, () => $.guid()).body as Ref<string[]>;
  const rowIds = $.join($.union(rowIdsToKeep(solutions, rows), newIds), ' ');
  upsertItem(
    b,
    'Update the opportunity and its solution rows',
    opportunity,
    opportunityId,
    $.fn(
      'setProperty',
      $.fn('setProperty', columns, 'cosell_solutionrowids', rowIds),
      'cosell_referralsolutionids',
      referralSolutionIds(solutions),
    ),
    {
      description:
        'Before the rows: a new row whose id the opportunity already holds, or a removed one whose id it no longer holds, goes nowhere.',
    },
  );
  b.foreach(
    'Add the new solutions',
    $.fn<number[]>('range', 0, $.length(entries)),
    (l, k) => {
      const entry = $.first($.skip(entries, k));
      upsertItem(
        l,
        'Add the new solution to the opportunity',
        partnerCenterSolution,
        $.first($.skip(newIds, k)),
        solutionRow(
          opportunityId,
          entry.cosell_solutiondetailid,
          $.coalesce(entry.cosell_name, entry.cosell_solutionid),
        ),
      );
    },
    { concurrency: 1 },
  );
  b.foreach(
    'Remove the solutions no longer on the referral',
    rowIdsToRemove(solutions, rows),
    (l, id) => l.dataverse.deleteRow('Remove the solution from the opportunity', partnerCenterSolution, id, dv),
    { concurrency: 1 },
  );
}
