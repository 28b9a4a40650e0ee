// The Partner Center Referrals custom connector: its model, and the typed operations flows call.
//   const got = b.call('Get referral', partnerCenter.getReferral, { id });
//   got.body.details.dealValue   // typed; got.body.detials is a compile error
import { type ConnectorModel, typedOperations } from '../model/connector';
import { connectorIdentity } from '../model/identity';
import { referralDefinitions } from './definitions';
import { referralOperations } from './operations';

export const partnerCenterReferrals: ConnectorModel<typeof referralOperations> = {
  identity: connectorIdentity('partnercenterref'),
  source: 'connector/partner-center-referrals/operations.ts',
  title: 'Partner Center Referrals (co-sell sync)',
  description:
    'Reads, creates and updates Partner Center co-sell referrals for the Partner Center Referrals Synchronization for Dynamics 365 solution.',
  version: '1.0',
  host: 'api.partner.microsoft.com',
  basePath: '/v1.0/engagements',
  resource: 'https://api.partner.microsoft.com',
  brandColor: '#0078d4',
  icon: [
    { kind: 'ring', x: -0.12, y: 0, r: 0.2, width: 0.06 },
    { kind: 'ring', x: 0.12, y: 0, r: 0.2, width: 0.06 },
  ],
  metadata: {
    website: 'https://partner.microsoft.com/dashboard',
    privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
    categories: 'Sales and CRM',
  },
  definitions: referralDefinitions,
  operations: referralOperations,
};

/** Typed handles for `b.call`. */
export const partnerCenter = typedOperations(partnerCenterReferrals);

export * from './customer';
export * from './details';
export * from './enums';
export { add, type PatchOperation, type PatchPath, patchable, replace } from './patch';
export * from './referral';
