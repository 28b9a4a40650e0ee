// e. Partner Center Microsoft Co-sell Referral Updates to Dynamics 365: for related-referral events. It reads the
// engagement's referrals, takes Microsoft's, and brings its news to the partner's opportunity: the Microsoft CRM
// identifier, Microsoft's acceptance or decline, and the Microsoft sellers, all in the audit trail. A version of
// Microsoft's referral already recorded (its eTag is in the trail) writes nothing, and so does one that tells
// nothing the opportunity does not hold: the same decision, CRM id and sellers as the newest Microsoft entry of
// the trail (with none, as the sync created it when it invited Microsoft: the echo of that creation).
import { type Member, type Referral, partnerCenter } from '../connector/partner-center-referrals';
import { $, type Ref, childFlow, input, s } from '../src/dsl';
import { recordFailure } from './common/flag';
import { dv, pc } from './common/retry';
import {
  auditEntry,
  eTagNote,
  hasSeenVersion,
  isMicrosoftReferral,
  microsoftSummary,
  odataString,
  recordedMicrosoftSummary,
  text,
  withAuditEntry,
} from './mapping';
import { opportunity } from './tables';

const outcome = s.object({ opportunityId: s.string(), status: s.enum(['applied', 'unchanged']) });

export default childFlow(
  'Partner Center Microsoft Co-sell Referral Updates to Dynamics 365',
  { referralId: input.text('Referral id', { description: 'The referral the related-referral event named.' }) },
  (f, i) => {
    f.tryCatch({
      try: [
        'Synchronize Microsoft updates',
        (b) => {
          const r = b.call('Get referral', partnerCenter.getReferral, { id: i.referralId }, pc).body;
          const engagement = b.call(
            'List the engagement referrals',
            partnerCenter.listRelatedReferrals,
            { engagementId: r.engagementId },
            pc,
          );
          const all = $.coalesce<Referral[]>(engagement.body.value, $.json('[]'));
          const microsoft = b.filter('Microsoft referral', all, (x) => isMicrosoftReferral(x));
          const ids = b.select('Engagement referral ids', all, (x) => odataString(x.id));
          const found = b.dataverse.listRows('Find the partner opportunity', opportunity, {
            // The event's own referral too, so the filter is never empty.
            filter: $.concat(
              'cosell_referralidentifier eq ',
              $.join(
                $.union($.createArray(odataString(r.id)), ids.body as Ref<string[]>),
                ' or cosell_referralidentifier eq ',
              ),
            ),
            select: ['opportunityid', 'cosell_microsoftcrmidentifier', 'cosell_audit'],
            top: 1,
            ...dv,
          });
          const row = found.first;
          const ms = $.first(microsoft.body);
          const sellers = b.select('Microsoft sellers', $.coalesce<Member[]>(ms.team, $.json('[]')), (m) =>
            $.trim($.concat(text(m.firstName), ' ', text(m.lastName), ' <', text(m.email), '>')),
          );
          const msx = $.coalesce<string>(
            ms.trackingInfo.microsoftMsxId,
            r.trackingInfo.microsoftMsxId,
            row.cosell_microsoftcrmidentifier,
          );
          const summary = microsoftSummary(ms, msx, sellers.body as Ref<string[]>);
          const news = $.and(
            $.not($.empty(found.rows)),
            $.not($.empty(microsoft.body)),
            $.not(hasSeenVersion(row.cosell_audit, ms.eTag)),
            $.or(
              $.not($.equals(summary, recordedMicrosoftSummary(row.cosell_audit))),
              $.not($.equals(text(msx), text(row.cosell_microsoftcrmidentifier))),
            ),
          );
          b.if('Is there news from Microsoft', news, {
            yes: (c) => {
              const message = $.concat('Microsoft ', summary, eTagNote(ms.eTag));
              c.dataverse.updateRow('Update the opportunity with Microsoft details', opportunity, row.opportunityid, {
                values: {
                  cosell_microsoftcrmidentifier: msx,
                  cosell_audit: withAuditEntry(row.cosell_audit, auditEntry(true, message)),
                },
                ...dv,
              });
              c.respond('Applied', {
                kind: 'PowerApp',
                body: { opportunityId: row.opportunityid, status: 'applied' },
                schema: outcome,
              });
            },
            no: (c) =>
              c.respond('Nothing new', {
                kind: 'PowerApp',
                body: { opportunityId: text(row.opportunityid), status: 'unchanged' },
                schema: outcome,
              }),
          });
        },
      ],
      catch: [
        'Record the failure',
        (b, attempt) =>
          recordFailure(
            b,
            attempt,
            'Microsoft co-sell updates',
            $.concat('cosell_referralidentifier eq ', odataString(i.referralId)),
          ),
      ],
    });
  },
  { outputs: outcome },
);
