// Referral enumerations (partner-center-api.md §1.3). Values the service documents but the sync never
// sees on a real referral (`None`, substatus `Error`) are left out so a flow cannot compare against them by mistake.
import { field } from '../model/schema';

export const referralTypes = ['Independent', 'Shared'] as const;
export const referralStatuses = ['New', 'Active', 'Closed'] as const;
export const referralSubstatuses = ['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired'] as const;
export const qualifications = ['None', 'Direct', 'MarketingQualified', 'SalesQualified'] as const;
export const directions = ['Incoming', 'Outgoing'] as const;
export const targetTypes = ['None', 'BusinessProfileLocation', 'SolutionProfile'] as const;
/** "How can Microsoft help?" in the Dynamics 365 solution. */
export const assistanceRequestCodes = [
  'Unknown',
  'GeneralOrOther',
  'CustomerTechnicalArchitecture',
  'ProofOfConceptOrDemo',
  'QuotesOrLicensing',
  'PostSalesCustomerSuccess',
  'WorkloadSpecificValueProposition',
] as const;

/** Status -> the substatuses it allows (the documented transition table). */
export const substatusesOf = {
  New: ['Pending', 'Received'],
  Active: ['Accepted'],
  Closed: ['Won', 'Lost', 'Declined', 'Expired'],
} as const satisfies Record<(typeof referralStatuses)[number], readonly (typeof referralSubstatuses)[number][]>;

export type ReferralStatus = (typeof referralStatuses)[number];
export type ReferralSubstatus = (typeof referralSubstatuses)[number];

export const enums = {
  type: field.oneOf(referralTypes, {
    summary: 'Type',
    description: 'Independent: visible to one partner. Shared: visible to the parties working on it together.',
  }),
  qualification: field.oneOf(qualifications, { summary: 'Qualification', description: 'How qualified the lead is.' }),
  direction: field.oneOf(directions, { summary: 'Direction', description: 'Incoming (received) or Outgoing (sent) referral.' }),
  status: field.oneOf(referralStatuses, {
    summary: 'Status',
    description:
      'New -> Active -> Closed. New allows substatus Pending or Received, Active allows Accepted, Closed allows Won, Lost, Declined or Expired.',
  }),
  substatus: field.oneOf(referralSubstatuses, { summary: 'Substatus', description: 'Refines the status; see status.' }),
  targetType: field.oneOf(targetTypes, { summary: 'Target type', description: 'What the target id identifies.' }),
  assistanceRequestCode: field.oneOf(assistanceRequestCodes, {
    summary: 'How can Microsoft help?',
    description: 'The help requested from Microsoft on a co-sell referral.',
  }),
};
