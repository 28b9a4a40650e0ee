// "How can Microsoft help?" (multi-select choice) <-> inviteContext.assistanceRequestCode, and the one-way
// referral visibility <-> consent.consentToShareReferralWithMicrosoftSellers.
import { $, type Ref, type Value } from '../../src/dsl';
import { MicrosoftHelp, MicrosoftHelpByValue, ReferralVisibility } from '../../src/solution/schema/options';
import { described } from './describe';
import { lookup, text } from './expr';

type MaybeText = Value<string | null | undefined>;

/** The option value (as the multi-select column writes it: text) of an assistanceRequestCode; null when none. */
export const helpOptionOf = described(
  'the option value of the code (table "How can Microsoft help?")',
  (code: MaybeText): Ref<string | null> =>
    $.if($.empty(text(code)), $.null, $.string(lookup(MicrosoftHelp, text(code)))) as Ref<string | null>,
);

/** The assistanceRequestCode of the first option selected in the multi-select column; null when none. */
export const helpCodeOf = described(
  'the code of the first option selected (table "How can Microsoft help?")',
  (options: MaybeText): Ref<string | null> =>
    lookup(MicrosoftHelpByValue, $.trim(text($.first($.split(text(options), ','))))),
);

/** Any "How can Microsoft help?" option selected: the deal is co-sell. */
export const helpSelected = (options: MaybeText): Ref<boolean> => $.not($.empty(text(options)));

/** The help codes of Partner Center and Dynamics 365 agree (or Partner Center names none). */
export const helpAgrees = (code: MaybeText, options: MaybeText): Ref<boolean> =>
  $.or($.empty(text(code)), $.contains($.split(text(options), ','), $.string(lookup(MicrosoftHelp, text(code)))));

/** Referral Visibility option value for the consent flag (one-way: Visible never goes back). */
export const visibilityOf = (shared: Value<boolean | null | undefined>): Ref<number> =>
  $.if($.equals(shared, true), ReferralVisibility.Visible, ReferralVisibility.Hidden);

export const isVisible = (visibility: Value<number | null | undefined>): Ref<boolean> =>
  $.equals(visibility, ReferralVisibility.Visible);
