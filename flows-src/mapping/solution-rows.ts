// The opportunity's Partner Center Solution rows and the referral's solutions, kept in step by two sync-owned
// opportunity columns:
// - cosell_solutionrowids: the ids of the opportunity's rows, space-separated, so that a removed row (whose Delete
//   notification has only its id) leads back to its opportunity;
// - cosell_referralsolutionids: the referral's solution ids as the rows last took them in, so that a referral
//   update whose solutions did not change is recognised without reading the rows.
// The set operations between the two lists are XPath over both as one XML document: one expression each, where a
// Select or Filter would be one more metered action.
import type { Solution } from '../../connector/partner-center-referrals';
import { $, type Ref, type Value } from '../../src/dsl';
import type { PartnerCenterSolutionRow } from '../tables';
import { objectOf, text } from './expr';
import { odataEq } from './odata';

/** The ids with `id` added (once). */
export const solutionRowIdsWith = (ids: Value<string | null | undefined>, id: Value<string>): Ref<string> =>
  $.if($.contains(text(ids), id), text(ids), $.trim($.concat(text(ids), ' ', id)));

/** The ids without `id`. */
export const solutionRowIdsWithout = (ids: Value<string | null | undefined>, id: Value<string>): Ref<string> =>
  $.trim($.replace($.replace(text(ids), id, ''), '  ', ' '));

type Solutions = Value<Solution[] | null | undefined>;
type Rows = Value<PartnerCenterSolutionRow[]>;

/** `$expand` of a Partner Center Solution row listed for the comparison: its catalogue entry's solution id. */
export const SOLUTION_ROW_EXPAND = 'cosell_SolutionDetail($select=cosell_solutionid)';

/**
 * `xpath(xml(<x><solution>…</solution><row>…</row>…</x>), path)`: the referral's solutions beside other lists
 * (each item an element of the list's name), as one document.
 */
const query = <T = string[]>(path: string, solutions: Solutions, lists: Record<string, Value<unknown[]>> = {}) =>
  $.fn<T>('xpath', $.fn('xml', objectOf({ x: { solution: $.coalesce(solutions, $.json('[]')), ...lists } })), path);

/** A row's solution id, in XPath. */
const ROW_SOLUTION = 'cosell_SolutionDetail/cosell_solutionid';

/** The ids of a referral's solutions, in order. */
export const solutionIdsOf = (solutions: Solutions): Ref<string[]> => query('/x/solution/id/text()', solutions);

/** cosell_referralsolutionids: the ids of a referral's solutions, space-separated. */
export const referralSolutionIds = (solutions: Solutions): Ref<string> => $.join(solutionIdsOf(solutions), ' ');

/**
 * cosell_referralsolutionids when the rows may not hold what it says (a Partner Center → Dynamics 365 run failed
 * after writing it): no referral's ids, not even none, so the next update reads the rows and brings them in line.
 */
export const SOLUTION_IDS_UNKNOWN = '?';

/** The recorded ids (cosell_referralsolutionids) are those of the referral's solutions, in any order. */
export const sameSolutionIds = (recorded: Value<string | null | undefined>, solutions: Solutions): Ref<boolean> =>
  query<boolean>(
    // Every solution id recorded, and every recorded id (empty ones left out) a solution's.
    'not(/x/solution[not(id = /x/recorded)]) and not(/x/recorded[normalize-space()][not(. = /x/solution/id)])',
    solutions,
    { recorded: $.split(text(recorded), ' ') },
  );

/** The ids of the referral's solutions that no row has (rows listed with SOLUTION_ROW_EXPAND). */
export const solutionIdsToAdd = (solutions: Solutions, rows: Rows): Ref<string[]> =>
  query(`/x/solution[not(id = /x/row/${ROW_SOLUTION})]/id/text()`, solutions, { row: rows });

/** The ids of the rows whose solution is still on the referral. */
export const rowIdsToKeep = (solutions: Solutions, rows: Rows): Ref<string[]> =>
  query(`/x/row[${ROW_SOLUTION} = /x/solution/id]/cosell_partnercentersolutionid/text()`, solutions, { row: rows });

/** The ids of the rows whose solution is no longer on the referral. */
export const rowIdsToRemove = (solutions: Solutions, rows: Rows): Ref<string[]> =>
  query(`/x/row[not(${ROW_SOLUTION} = /x/solution/id)]/cosell_partnercentersolutionid/text()`, solutions, {
    row: rows,
  });

/** A line feed inside an expression: no solution id holds one. */
const NEWLINE = $.fn<string>('decodeUriComponent', '%0A');

/** `$filter` of the catalogue entries (cosell_solutiondetail) of these solution ids; none matches an empty list. */
export const catalogueEntriesOf = (ids: Value<string[]>): Ref<string> =>
  $.if(
    $.empty(ids),
    // Every row has a key: no entry matches.
    'cosell_solutiondetailid eq null',
    $.concat(
      '(',
      // One escaped literal per id: the ids joined on a line feed, escaped as one, then split into literals.
      $.replace(odataEq('cosell_solutionid', $.join(ids, NEWLINE)), NEWLINE, "' or cosell_solutionid eq '"),
      ')',
    ),
  );

/** A Partner Center Solution row linking the opportunity to a catalogue entry. */
export const solutionRow = (opportunityId: Value<string>, detailId: Value<string>, name: Value<string>) =>
  objectOf({
    cosell_name: name,
    'cosell_Opportunity@odata.bind': $.text`opportunities(${opportunityId})`,
    'cosell_SolutionDetail@odata.bind': $.text`cosell_solutiondetails(${detailId})`,
  });
