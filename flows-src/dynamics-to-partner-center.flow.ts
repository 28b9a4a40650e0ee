// g. Dynamics 365 to Partner Center: a change to a synced column of a shared opportunity becomes a JSON Patch of
// the fields that differ (deal value, closing date, notes, Won/Lost, accept/decline, visibility), sent with
// If-Match; when it fails (412: the referral changed meanwhile) it reads the referral again and retries once.
// With "How can Microsoft help?" selected, Microsoft is invited into the engagement (co-sell) unless its referral
// is already there: selecting help later turns the deal into co-sell, and a failed invitation is retried.
// Loop guards: the trigger ignores rows the sync's own identity modified (cosell_syncuserid), and a run that finds
// no difference writes nothing; the columns this flow writes back (name, audit) are not filtering attributes.
import { type Referral, partnerCenter } from '../connector/partner-center-referrals';
import { $, Message, type Ref, type Steps, dataverseRow, flow } from '../src/dsl';
import { dealValueColumn, showCheckMark } from './common/env';
import { recordFailure } from './common/flag';
import { notModifiedBySync, triggerRow } from './common/guards';
import { dv, pc } from './common/retry';
import {
  auditEntry,
  changeSummary,
  eTagNote,
  helpCodeOf,
  helpSelected,
  isClosed,
  listHasMicrosoftReferral,
  markedName,
  microsoftReferralFor,
  patchOperations,
  withAuditEntry,
} from './mapping';
import { type OpportunityRow, opportunity } from './tables';

export default flow('Dynamics 365 to Partner Center', (f) => {
  const row = f.trigger(
    dataverseRow(opportunity, {
      name: 'When a shared opportunity changes',
      message: Message.modified,
      filteringAttributes: [
        dealValueColumn,
        'estimatedclosedate',
        'description',
        'statecode',
        'statuscode',
        'cosell_microsofthelp',
        'cosell_referralvisibility',
      ],
      filterExpression: 'cosell_syncwithpartnercenter eq true and cosell_referralidentifier ne null',
      conditions: [notModifiedBySync(triggerRow<OpportunityRow>())],
    }),
  ).row;

  f.tryCatch({
    try: [
      'Synchronize the opportunity',
      (b) => {
        const r = b.call('Get referral', partnerCenter.getReferral, { id: row.cosell_referralidentifier }, pc).body;
        const changes = b.compose('Changes for Partner Center', patchOperations(row, r, dealValueColumn)).output;
        // The audit entry names the changes and the version the patch produced, so its webhook echo is recognised.
        const record = (t: Steps, name: string, patched: Ref<Referral>) =>
          t.dataverse.updateRow(name, opportunity, row.opportunityid, {
            values: {
              name: markedName(row.name, true, showCheckMark),
              cosell_audit: withAuditEntry(
                row.cosell_audit,
                auditEntry(
                  true,
                  $.concat(
                    'Dynamics 365 → Partner Center: ',
                    changeSummary(row, r, dealValueColumn),
                    eTagNote(patched.eTag),
                  ),
                ),
              ),
            },
            ...dv,
          });
        b.if('Is there a difference with the referral', $.not($.empty(changes)), {
          yes: (c) =>
            c.tryCatch({
              try: [
                'Update the referral',
                (t) => {
                  const patched = t.call(
                    'Patch referral',
                    partnerCenter.patchReferral,
                    { id: r.id, body: changes, 'If-Match': r.eTag, Prefer: 'return=representation' },
                    pc,
                  );
                  record(t, 'Record the update', patched.body);
                },
              ],
              catch: [
                'Read the referral again and retry',
                (t) => {
                  const again = t.call('Get referral again', partnerCenter.getReferral, { id: r.id }, pc).body;
                  const remaining = patchOperations(row, again, dealValueColumn);
                  t.if('Is there still a difference', $.not($.empty(remaining)), {
                    yes: (u) => {
                      const patched = u.call(
                        'Patch referral again',
                        partnerCenter.patchReferral,
                        { id: r.id, body: remaining, 'If-Match': again.eTag, Prefer: 'return=representation' },
                        pc,
                      );
                      record(u, 'Record the retried update', patched.body);
                    },
                  });
                },
              ],
            }),
        });
        const requested = $.and(helpSelected(row.cosell_microsofthelp), $.not(isClosed(r.status)));
        b.if('Is co-sell newly requested', requested, {
          yes: (c) => {
            const engagement = c.call(
              'List the engagement referrals',
              partnerCenter.listRelatedReferrals,
              { engagementId: r.engagementId },
              pc,
            );
            c.if('Is Microsoft not invited yet', $.not(listHasMicrosoftReferral(engagement.body.value)), {
              yes: (m) => {
                const invited = m.call(
                  'Create Microsoft referral',
                  partnerCenter.createReferral,
                  { body: microsoftReferralFor(r, helpCodeOf(row.cosell_microsofthelp)) },
                  pc,
                ).body;
                // Read the trail again: the update above may have just written to it.
                const current = m.dataverse.listRows('Read the audit trail', opportunity, {
                  filter: $.concat('opportunityid eq ', row.opportunityid),
                  select: ['cosell_audit'],
                  top: 1,
                  ...dv,
                });
                m.dataverse.updateRow('Record the co-sell invitation', opportunity, row.opportunityid, {
                  values: {
                    cosell_audit: withAuditEntry(
                      current.first.cosell_audit,
                      auditEntry(
                        true,
                        $.concat(
                          'Dynamics 365 → Partner Center: Microsoft invited to co-sell (referral ',
                          invited.id,
                          ')',
                        ),
                      ),
                    ),
                  },
                  ...dv,
                });
              },
            });
          },
        });
      },
    ],
    catch: [
      'Record the failure',
      (b, attempt) =>
        recordFailure(b, attempt, 'Dynamics 365 → Partner Center', $.concat('opportunityid eq ', row.opportunityid)),
    ],
  });
});
