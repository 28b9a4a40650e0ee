// The check mark (synced) or cross (failed) the sync appends to opportunity names, unless cosell_showcheckmark is off.
import { $, type Ref, type Value } from '../../src/dsl';
import { described } from './describe';
import { text } from './expr';

export const CHECK_MARK = '✔';
export const CROSS_MARK = '✖';

/** The name without the sync's marks, as Partner Center gets it. */
export const bareName = described(
  `the name without the sync's ${CHECK_MARK} / ${CROSS_MARK} mark, trimmed`,
  (name: Value<string | null | undefined>): Ref<string> =>
    $.trim($.replace($.replace(text(name), CHECK_MARK, ''), CROSS_MARK, '')),
);

/**
 * The name to write: the bare name and the mark when marks are shown; otherwise the name exactly as it is
 * (so turning marks off leaves names untouched).
 */
export const markedName = (name: Value<string | null | undefined>, ok: boolean, show: Value<boolean>): Ref<string> =>
  $.if(show, $.concat(bareName(name), ' ', ok ? CHECK_MARK : CROSS_MARK), text(name));
