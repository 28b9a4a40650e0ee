// The custom connectors the solution ships, in build order.
import type { ConnectorModel } from './model/connector';
import { partnerCenterEventsConnector } from './partner-center-events';
import { partnerCenterReferrals } from './partner-center-referrals';

export const connectorModels: readonly ConnectorModel[] = [partnerCenterReferrals, partnerCenterEventsConnector];
