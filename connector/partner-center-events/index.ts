// The Partner Center Events custom connector (webhook registration), and the typed operations flows call.
// The events themselves arrive at the flow's HTTP trigger: see webhook-payload.ts.
import { type ConnectorModel, typedOperations } from '../model/connector';
import { connectorIdentity } from '../model/identity';
import { eventOperations } from './operations';
import { eventDefinitions } from './registration';

export const partnerCenterEventsConnector: ConnectorModel<typeof eventOperations> = {
  identity: connectorIdentity('partnercenterevents'),
  source: 'connector/partner-center-events/operations.ts',
  title: 'Partner Center Events (co-sell sync)',
  description:
    'Registers the Partner Center webhook that notifies the Partner Center Referrals Synchronization for Dynamics 365 solution of referral changes.',
  version: '1.0',
  host: 'api.partnercenter.microsoft.com',
  basePath: '/',
  resource: 'https://api.partnercenter.microsoft.com',
  brandColor: '#0078d4',
  icon: [
    { kind: 'disc', x: 0, y: 0, r: 0.08 },
    { kind: 'ring', x: 0, y: 0, r: 0.2, width: 0.05 },
    { kind: 'ring', x: 0, y: 0, r: 0.32, width: 0.05 },
  ],
  metadata: {
    website: 'https://partner.microsoft.com/dashboard',
    privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
    categories: 'Sales and CRM',
  },
  definitions: eventDefinitions,
  operations: eventOperations,
};

/** Typed handles for `b.call`. */
export const partnerCenterEvents = typedOperations(partnerCenterEventsConnector);

export * from './registration';
export * from './webhook-payload';
