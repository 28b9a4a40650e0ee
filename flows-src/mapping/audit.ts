// The audit trail (cosell_audit): newest entry first, one line each, trimmed to a bounded length. Entries that
// record a Partner Center version carry its eTag, which is how the sync recognises a version it has already seen.
import { $, type Expr, type Ref, type Value } from '../../src/dsl';
import { CHECK_MARK, CROSS_MARK } from './names';
import { text } from './expr';

/** Characters kept: well under the column's 100,000, so a busy deal keeps months of history. */
export const AUDIT_LIMIT = 20000;

/** A line feed inside an expression (the language has no escape sequences). */
const NEWLINE = $.fn<string>('decodeUriComponent', '%0A');

/** One entry: `2024-05-01 10:00:00 UTC ✔ <message>`. */
export const auditEntry = (ok: boolean, message: Value<string>): Ref<string> =>
  $.concat($.utcNow('yyyy-MM-dd HH:mm:ss'), ' UTC ', ok ? CHECK_MARK : CROSS_MARK, ' ', message);

/** The column's new value: the entry on top of the existing trail, trimmed. */
export const withAuditEntry = (trail: Value<string | null | undefined>, entry: Expr<string>): Ref<string> =>
  $.fn<string>('take', $.concat(entry, $.if($.empty(text(trail)), '', $.concat(NEWLINE, text(trail)))), AUDIT_LIMIT);

/** ` eTag <value>`: appended to entries that applied or produced a Partner Center version. */
export const eTagNote = (eTag: Value<string | null | undefined>): Ref<string> => $.concat(' (eTag ', text(eTag), ')');

/** Partner Center → Dynamics 365: the direction whose failures make the trail's versions count as not taken in. */
export const PC_TO_CRM = 'Partner Center → Dynamics 365';

/** A failure entry's message starts so: `<what> failed: `. */
export const failedPrefix = (what: string): string => `${what} failed: `;

/** How a failure entry reads in the trail, after its time: `✖ <what> failed: `. */
export const failureMarker = (what: string): string => `${CROSS_MARK} ${failedPrefix(what)}`;

/**
 * The trail records this Partner Center version as taken in: its eTag note is there, and no Partner Center →
 * Dynamics 365 failure is newer than it (newest entry first: the first failure comes after the first note). A
 * version applied before such a failure may have been taken in only in part (the opportunity is written before
 * its solution rows), so it is applied again. Failures of the other direction do not count: they must not bring
 * Partner Center's values back over newer Dynamics 365 edits.
 */
export const hasSeenVersion = (
  trail: Value<string | null | undefined>,
  eTag: Value<string | null | undefined>,
): Ref<boolean> => {
  const failure = $.indexOf(text(trail), failureMarker(PC_TO_CRM));
  return $.and(
    $.not($.empty(text(eTag))),
    $.contains(text(trail), eTagNote(eTag)),
    $.or($.less(failure, 0), $.greater(failure, $.indexOf(text(trail), eTagNote(eTag)))),
  );
};
