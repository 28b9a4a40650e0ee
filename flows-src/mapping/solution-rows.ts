// cosell_solutionrowids: the ids of an opportunity's Partner Center Solution rows, space-separated, kept by the
// sync so that a removed row (whose Delete notification has only its id) leads back to its opportunity.
import { $, type Ref, type Value } from '../../src/dsl';
import { text } from './expr';

/** The ids with `id` added (once). */
export const solutionRowIdsWith = (ids: Value<string | null | undefined>, id: Value<string>): Ref<string> =>
  $.if($.contains(text(ids), id), text(ids), $.trim($.concat(text(ids), ' ', id)));

/** The ids without `id`. */
export const solutionRowIdsWithout = (ids: Value<string | null | undefined>, id: Value<string>): Ref<string> =>
  $.trim($.replace($.replace(text(ids), id, ''), '  ', ' '));
