// What makes a Partner Center webhook genuine enough to act on: a known event, a referral resource on a
// Partner Center host, whose last path segment is a GUID. The ResourceUri is parsed, never called.
import { syncEventNames } from '../../connector/partner-center-events/webhook-payload';
import { $, type Expr, type Ref } from '../../src/dsl';
import { literal, text } from './expr';
import { isGuid } from './guid';

/** Hosts Partner Center names in ResourceUri (webhook events documentation, and the Referrals API host). */
export const partnerCenterHosts = ['api.partnercenter.microsoft.com', 'api.partner.microsoft.com'] as const;

export interface WebhookFields {
  EventName: Expr<string | undefined>;
  ResourceName: Expr<string | undefined>;
  ResourceUri: Expr<string | undefined>;
}

/** The URI without its query and fragment. */
const pathOf = (uri: Expr<string | undefined>) => $.first($.split($.first($.split(text(uri), '?')), '#'));

/** The host of an `https://host/...` URI, lower case; anything else gives ''. */
export const resourceHost = (uri: Expr<string | undefined>): Ref<string> =>
  $.toLower(text($.first($.skip($.split(pathOf(uri), '/'), 2))));

/** The referral id: the last segment of the ResourceUri's path. */
export const referralIdOf = (uri: Expr<string | undefined>): Ref<string> => text($.last($.split(pathOf(uri), '/')));

/** Every check the receiver makes before it answers 200. */
export const isGenuineReferralEvent = (hook: WebhookFields): Ref<boolean> =>
  $.and(
    $.contains(literal(syncEventNames), text(hook.EventName)),
    $.equals($.toLower(text(hook.ResourceName)), 'referral'),
    $.startsWith($.toLower(text(hook.ResourceUri)), 'https://'),
    $.contains(literal(partnerCenterHosts), resourceHost(hook.ResourceUri)),
    isGuid(referralIdOf(hook.ResourceUri)),
  );

/** `referral`, `related` (the Microsoft side of a co-sell engagement) or `invalid`. */
export const webhookRoute = (hook: WebhookFields): Ref<'referral' | 'related' | 'invalid'> =>
  $.if(
    isGenuineReferralEvent(hook),
    $.if($.startsWith(text(hook.EventName), 'related-'), 'related', 'referral'),
    'invalid',
  ) as Ref<'referral' | 'related' | 'invalid'>;
