// Dataverse table models the flows read and write. Column logical names are typed: a typo is a compile error.
import { table } from '../src/dsl';

/** opportunity (Dynamics 365 Sales) with the solution's cosell_ columns. */
export interface OpportunityRow {
  opportunityid: string;
  name: string;
  estimatedvalue: number;
  estimatedclosedate: string;
  description: string;
  statecode: number;
  statuscode: number;
  _parentaccountid_value: string;
  _parentcontactid_value: string;
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
}
export const opportunity = table<
  OpportunityRow,
  'parentaccountid' | 'parentcontactid' | 'customerid_account' | 'customerid_contact' | 'transactioncurrencyid'
>({ logicalName: 'opportunity', setName: 'opportunities', primaryId: 'opportunityid' });

export interface AccountRow {
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

export interface ContactRow {
  contactid: string;
  firstname: string;
  lastname: string;
  emailaddress1: string;
  telephone1: string;
  jobtitle: string;
}
export const contact = table<ContactRow, 'parentcustomerid_account'>({
  logicalName: 'contact',
  setName: 'contacts',
  primaryId: 'contactid',
});
