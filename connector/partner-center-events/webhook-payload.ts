// The callback Partner Center posts to a registered webhook URL (partner-center-webhook-events).
import { s } from '../../src/dsl';

/** Events the co-sell sync registers for. Only one URL can be registered per event. */
export const referralEventNames = ['referral-created', 'referral-updated'] as const;
export const relatedReferralEventNames = ['related-referral-created', 'related-referral-updated'] as const;
export const syncEventNames = [...referralEventNames, ...relatedReferralEventNames] as const;

export const webhookPayload = s.object({
  EventName: s.string({ description: "'{resource}-{action}', e.g. referral-created" }),
  ResourceUri: s.string({ description: 'URI of the changed resource; its last segment is the referral id' }),
  ResourceName: s.string({ description: "'referral' for referral events" }),
  AuditUri: s.optional(s.string()),
  ResourceChangeUtcDate: s.string({ format: 'date-time' }),
});
