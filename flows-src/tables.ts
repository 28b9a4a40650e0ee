// Dataverse table models the flows read and write. Column logical names are typed: a typo is a compile error.
import { table } from '../src/dsl';

/** Columns every row has, read by the sync (echo guard, reconciliation). */
interface Tracked {
  modifiedon: string;
  _modifiedby_value: string;
  statecode: number;
  statuscode: number;
}

/** opportunity (Dynamics 365 Sales) with the solution's cosell_ columns. */
export interface OpportunityRow extends Tracked {
  opportunityid: string;
  name: string;
  estimatedvalue: number;
  estimatedclosedate: string;
  description: string;
  _parentaccountid_value: string;
  _parentcontactid_value: string;
  _customerid_value: string;
  _transactioncurrencyid_value: string;
  cosell_syncwithpartnercenter: boolean;
  cosell_referralidentifier: string;
  cosell_referrallink: string;
  /** Multi-select choice, comma-separated option values. */
  cosell_microsofthelp: string;
  cosell_referralvisibility: number;
  cosell_microsoftcrmidentifier: string;
  /** Deprecated: solutions live in cosell_partnercentersolution rows. */
  cosell_products: string;
  cosell_audit: string;
  /** Written by the sync: the ids of the opportunity's Partner Center Solution rows, space-separated. */
  cosell_solutionrowids: string;
  /** Written by the sync: the referral's solution ids as the solution rows last took them in, space-separated. */
  cosell_referralsolutionids: string;
}
export const opportunity = table<
  OpportunityRow,
  'parentaccountid' | 'parentcontactid' | 'customerid_account' | 'customerid_contact' | 'transactioncurrencyid'
>({ logicalName: 'opportunity', setName: 'opportunities', primaryId: 'opportunityid' });

export interface AccountRow extends Tracked {
  accountid: string;
  name: string;
  address1_line1: string;
  address1_city: string;
  address1_stateorprovince: string;
  address1_postalcode: string;
  address1_country: string;
  telephone1: string;
  websiteurl: string;
}
export const account = table<AccountRow, 'primarycontactid' | 'transactioncurrencyid'>({
  logicalName: 'account',
  setName: 'accounts',
  primaryId: 'accountid',
});

export interface ContactRow extends Tracked {
  contactid: string;
  firstname: string;
  lastname: string;
  emailaddress1: string;
  telephone1: string;
  jobtitle: string;
  _parentcustomerid_value: string;
}
export const contact = table<ContactRow, 'parentcustomerid_account'>({
  logicalName: 'contact',
  setName: 'contacts',
  primaryId: 'contactid',
});

/** lead: marketing-qualified referrals without co-sell become leads. */
export interface LeadRow extends Tracked {
  leadid: string;
  subject: string;
  firstname: string;
  lastname: string;
  companyname: string;
  emailaddress1: string;
  telephone1: string;
  jobtitle: string;
  description: string;
  estimatedvalue: number;
  estimatedclosedate: string;
  address1_line1: string;
  address1_city: string;
  address1_stateorprovince: string;
  address1_postalcode: string;
  address1_country: string;
}
export const lead = table<LeadRow, 'parentaccountid' | 'parentcontactid' | 'transactioncurrencyid'>({
  logicalName: 'lead',
  setName: 'leads',
  primaryId: 'leadid',
});

export interface TransactionCurrencyRow {
  transactioncurrencyid: string;
  isocurrencycode: string;
}
export const transactionCurrency = table<TransactionCurrencyRow>({
  logicalName: 'transactioncurrency',
  setName: 'transactioncurrencies',
  primaryId: 'transactioncurrencyid',
});

/** The solution catalogue: co-sell-ready partner solutions and Microsoft solutions. */
export interface SolutionDetailRow {
  cosell_solutiondetailid: string;
  cosell_name: string;
  cosell_solutionid: string;
  cosell_solutiontype: number;
  cosell_publishername: string;
}
export const solutionDetail = table<SolutionDetailRow>({
  logicalName: 'cosell_solutiondetail',
  setName: 'cosell_solutiondetails',
  primaryId: 'cosell_solutiondetailid',
});

/** A solution of an opportunity's referral. Lookups bind through the schema-name navigation properties. */
export interface PartnerCenterSolutionRow extends Tracked {
  cosell_partnercentersolutionid: string;
  cosell_name: string;
  _cosell_opportunity_value: string;
  _cosell_solutiondetail_value: string;
}
export const partnerCenterSolution = table<PartnerCenterSolutionRow, 'cosell_Opportunity' | 'cosell_SolutionDetail'>({
  logicalName: 'cosell_partnercentersolution',
  setName: 'cosell_partnercentersolutions',
  primaryId: 'cosell_partnercentersolutionid',
});

/** Environment variable definitions and values: the reconciliation keeps its watermark in a value row. */
export interface EnvironmentVariableDefinitionRow {
  environmentvariabledefinitionid: string;
  schemaname: string;
  defaultvalue: string;
}
export const environmentVariableDefinition = table<EnvironmentVariableDefinitionRow>({
  logicalName: 'environmentvariabledefinition',
  setName: 'environmentvariabledefinitions',
  primaryId: 'environmentvariabledefinitionid',
});

export interface EnvironmentVariableValueRow {
  environmentvariablevalueid: string;
  schemaname: string;
  value: string;
}
export const environmentVariableValue = table<EnvironmentVariableValueRow, 'EnvironmentVariableDefinitionId'>({
  logicalName: 'environmentvariablevalue',
  setName: 'environmentvariablevalues',
  primaryId: 'environmentvariablevalueid',
});
