// The reconciliation window: referrals updated since the last fully successful run, minus an overlap for clock
// skew, up to a few minutes before this run started (fresher changes are the webhook's; the next run covers them).
import { $, type Ref, type Value } from '../../src/dsl';
import { text } from './expr';

/** First run (no watermark yet): look back as far as an unanswered referral lives. */
export const FIRST_LOOKBACK_DAYS = 14;
/** Overlap with the previous window (clock skew between Partner Center and Power Automate). */
export const OVERLAP_MINUTES = 10;
/** Changes younger than this are left to the webhook. */
export const SETTLE_MINUTES = 5;

/** An OData date-time literal: `2024-05-01T10:00:00Z`. */
export const odataDateTime = (t: Value<string>): Ref<string> =>
  $.concat($.formatDateTime(t, 'yyyy-MM-ddTHH:mm:ss'), 'Z');

/** Start of the window. */
export const windowStart = (watermark: Value<string | null | undefined>, started: Value<string>): Ref<string> =>
  $.if(
    $.empty(text(watermark)),
    $.addDays(started, -FIRST_LOOKBACK_DAYS),
    $.addMinutes(text(watermark), -OVERLAP_MINUTES),
  );

/** End of the window, and the next watermark. */
export const windowEnd = (started: Value<string>): Ref<string> => odataDateTime($.addMinutes(started, -SETTLE_MINUTES));

/** `$filter` of the referrals updated in the window. */
export const updatedBetween = (start: Value<string>, end: Value<string>): Ref<string> =>
  $.concat('updatedDateTime ge ', odataDateTime(start), ' and updatedDateTime lt ', end);
