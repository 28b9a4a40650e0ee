// Generated from solution-template/schema/dataverse.yaml by src/solution/schema/options-codegen.ts: do not edit.
// Option values of the solution's choice columns (publisher option value prefix 62018), keyed by code.

/** opportunity.cosell_microsofthelp (multi-select choice cosell_microsofthelp): How can Microsoft help? */
export const MicrosoftHelp = {
  WorkloadSpecificValueProposition: 620180006,
  CustomerTechnicalArchitecture: 620180002,
  ProofOfConceptOrDemo: 620180003,
  QuotesOrLicensing: 620180004,
  PostSalesCustomerSuccess: 620180005,
  GeneralOrOther: 620180001,
  Unknown: 620180000,
} as const;
export type MicrosoftHelpCode = keyof typeof MicrosoftHelp;
export const MicrosoftHelpByValue: Readonly<Record<number, MicrosoftHelpCode>> = {
  620180006: 'WorkloadSpecificValueProposition',
  620180002: 'CustomerTechnicalArchitecture',
  620180003: 'ProofOfConceptOrDemo',
  620180004: 'QuotesOrLicensing',
  620180005: 'PostSalesCustomerSuccess',
  620180001: 'GeneralOrOther',
  620180000: 'Unknown',
};

/** opportunity.cosell_referralvisibility (choice): Referral Visibility */
export const ReferralVisibility = {
  Hidden: 620180000,
  Visible: 620180001,
} as const;
export type ReferralVisibilityCode = keyof typeof ReferralVisibility;
export const ReferralVisibilityByValue: Readonly<Record<number, ReferralVisibilityCode>> = {
  620180000: 'Hidden',
  620180001: 'Visible',
};

/** cosell_solutiondetail.cosell_solutiontype (choice): Solution Type */
export const SolutionType = {
  Partner: 620180000,
  Microsoft: 620180001,
} as const;
export type SolutionTypeCode = keyof typeof SolutionType;
export const SolutionTypeByValue: Readonly<Record<number, SolutionTypeCode>> = {
  620180000: 'Partner',
  620180001: 'Microsoft',
};
