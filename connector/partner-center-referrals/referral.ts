// The referral resource (contract V3), the body that creates one, and the OData page that lists them.
import { type Infer, s } from '../../src/dsl';
import { field, nullable } from '../model/schema';
import { consent, customerProfile, member } from './customer';
import { define } from './definitions';
import { details } from './details';
import { enums } from './enums';

const inviteContext = define(
  'InviteContext',
  s.object(
    {
      notes: s.optional(field.text({ summary: 'Invitation notes', description: 'Message from the inviting party.' })),
      assistanceRequestCode: s.optional(enums.assistanceRequestCode),
      invitedMpnId: s.optional(field.text({ summary: 'Invited MPN id', description: 'Partner id of the invited partner.' })),
      invitedBy: s.optional(
        s.object(
          {
            organizationId: s.optional(field.text({ summary: 'Organization id', description: "'msft' when Microsoft invites." })),
            organizationName: s.optional(
              field.text({ summary: 'Organization name', description: 'Name of the inviting organization.' }),
            ),
          },
          { description: 'Who sent the invitation.' },
        ),
      ),
    },
    { description: 'How the referral came to this partner, and the help requested from Microsoft.' },
  ),
);

const target = define(
  'Target',
  s.object(
    {
      type: enums.targetType,
      id: field.text({
        summary: 'Target id',
        description: "A solution id, or 'msft' for Microsoft's business profile location.",
      }),
    },
    { description: 'Who the referral is sent to.' },
  ),
);

const trackingInfo = define(
  'TrackingInfo',
  s.object(
    {
      microsoftMsxId: s.optional(
        nullable(field.text({ summary: 'Microsoft CRM id', description: 'Opportunity id of the referral in Microsoft CRM.' })),
      ),
    },
    { description: 'Ids of the deal in Microsoft systems.' },
  ),
);

const link = define(
  'Link',
  s.object(
    {
      uri: field.uri({ summary: 'URI', description: 'Where the resource is.' }),
      method: field.text({ summary: 'Method', description: 'HTTP method, GET.' }),
    },
    { description: 'A link to a resource.' },
  ),
);

const links = define(
  'ReferralLinks',
  s.object(
    {
      relatedReferrals: s.optional(link),
      self: s.optional(link),
    },
    { description: "Links to this referral and to the list of its engagement's referrals." },
  ),
);

/** Fields a partner sets, on create and on the resource. */
const writable = {
  name: s.optional(field.text({ summary: 'Name', description: 'Name of the referral.' })),
  engagementId: s.optional(
    field.guid({
      summary: 'Engagement id',
      description: 'Groups related referrals; set it on create to join an existing engagement.',
    }),
  ),
  externalReferenceId: s.optional(
    nullable(
      field.text({ summary: 'External reference id', description: 'Your own id for the deal: the Dynamics 365 opportunity id.' }),
    ),
  ),
  type: enums.type,
  qualification: s.optional(enums.qualification),
  status: s.optional(enums.status),
  substatus: s.optional(enums.substatus),
  statusReason: s.optional(
    nullable(field.text({ summary: 'Status reason', description: 'Why the referral has its status, e.g. why it was lost.' })),
  ),
  target: s.optional(s.array(target, { description: 'Who the referral is sent to.' })),
  consent: s.optional(consent),
  customerProfile,
  details,
  team: s.optional(s.array(member, { description: 'The partner sales team.' })),
  inviteContext: s.optional(inviteContext),
  salesStage: s.optional(nullable(field.text({ summary: 'Sales stage', description: 'Sales stage of the deal.' }))),
  campaignId: s.optional(field.text({ summary: 'Campaign id', description: 'Marketing campaign id.' })),
  referralProgram: s.optional(field.text({ summary: 'Referral program', description: 'The program the referral belongs to.' })),
};

export const referral = define(
  'Referral',
  s.object(
    {
      id: field.readOnly(field.guid({ summary: 'Referral id', description: 'Id of the referral.' })),
      ...writable,
      engagementId: field.readOnly(
        field.guid({ summary: 'Engagement id', description: 'Referrals of one engagement share this id.' }),
      ),
      organizationId: s.optional(
        field.readOnly(field.text({ summary: 'Organization id', description: 'Id of the owning organization.' })),
      ),
      organizationName: s.optional(
        field.readOnly(field.text({ summary: 'Organization name', description: 'The owning organization.' })),
      ),
      direction: s.optional(field.readOnly(enums.direction)),
      status: enums.status,
      substatus: enums.substatus,
      trackingInfo: s.optional(field.readOnly(trackingInfo)),
      eTag: field.readOnly(
        field.text({ summary: 'ETag', description: 'Version of the referral; pass it as If-Match to patch safely.' }),
      ),
      links: s.optional(field.readOnly(links)),
      createdDateTime: field.readOnly(
        field.dateTime({ summary: 'Created', description: 'When the referral was created (UTC).' }),
      ),
      updatedDateTime: field.readOnly(
        field.dateTime({ summary: 'Updated', description: 'When the referral last changed (UTC).' }),
      ),
      expirationDateTime: s.optional(
        nullable(field.readOnly(field.dateTime({ summary: 'Expires', description: 'When an unanswered referral expires.' }))),
      ),
      acceptedDateTime: s.optional(
        nullable(field.readOnly(field.dateTime({ summary: 'Accepted', description: 'When the referral was accepted.' }))),
      ),
      closedDateTime: s.optional(
        nullable(field.readOnly(field.dateTime({ summary: 'Closed', description: 'When the referral was closed.' }))),
      ),
      lastModifiedVia: s.optional(
        nullable(field.readOnly(field.text({ summary: 'Last modified via', description: 'What made the last change.' }))),
      ),
    },
    { description: 'A lead or co-sell opportunity in Partner Center.' },
  ),
);

export const newReferral = define(
  'NewReferral',
  s.object({ ...writable, consent }, { description: 'A referral to create. Required: type, customerProfile, consent, details.' }),
);

export const referralPage = define(
  'ReferralPage',
  s.object(
    {
      '@odata.context': s.optional(field.text({ summary: 'OData context', description: 'OData metadata URL.' })),
      '@odata.count': s.optional(field.int32({ summary: 'Count', description: 'Number of matching referrals, when requested.' })),
      value: s.array(referral, { description: 'The referrals of this page.' }),
      '@odata.nextLink': s.optional(
        field.uri({ summary: 'Next page', description: 'URL of the next page; absent on the last page.' }),
      ),
    },
    { description: 'A page of referrals (OData).' },
  ),
);

export const serviceError = define(
  'ServiceError',
  s.object(
    {
      error: s.object({
        code: field.text({ summary: 'Code', description: 'e.g. itemNotFound, preconditionFailed, resourceModified.' }),
        message: field.text({ summary: 'Message', description: 'What went wrong.' }),
        target: s.optional(field.text({ summary: 'Target', description: 'The field or resource in error.' })),
      }),
    },
    { description: 'An error returned by the service.' },
  ),
);

export type Referral = Infer<typeof referral>;
export type NewReferral = Infer<typeof newReferral>;
export type ReferralPage = Infer<typeof referralPage>;
