// The Dynamics 365 Sales tables the sync maps, with their real columns, lengths and option values
// (research/dataverse-connector.md §6: opportunity.md, lead.md, account.md, contact EntityType).
import {
  activeInactive,
  computed,
  customer,
  dateOnly,
  decimal,
  integer,
  lookup,
  memo,
  money,
  options,
  picklist,
  platformColumns,
  stateAndStatus,
  text,
} from './columns';
import type { ColumnMeta, TableMeta } from './model';

const pk = (logicalName: string): ColumnMeta => ({ logicalName, kind: 'primarykey', validForUpdate: false });
const currency = (table: string) =>
  lookup('transactioncurrencyid', 'transactioncurrency', `transactioncurrency_${table}`, { cascadeDelete: 'Restrict' });
/** Address 1 and Address 2: Street 1-3, City, State/Province, ZIP/Postal Code, Country/Region. */
const address = (): ColumnMeta[] =>
  [1, 2].flatMap((n) => [
    text(`address${n}_line1`, 250),
    text(`address${n}_line2`, 250),
    text(`address${n}_line3`, 250),
    text(`address${n}_city`, 80),
    text(`address${n}_stateorprovince`, 50),
    text(`address${n}_postalcode`, 20),
    text(`address${n}_country`, 80),
  ]);

export const opportunityTable = (): TableMeta => ({
  logicalName: 'opportunity',
  schemaName: 'Opportunity',
  setName: 'opportunities',
  primaryId: 'opportunityid',
  primaryName: 'name',
  ownership: 'user',
  columns: [
    pk('opportunityid'),
    text('name', 300),
    money('estimatedvalue'),
    dateOnly('estimatedclosedate'),
    integer('closeprobability'),
    memo('description', 2000),
    customer('customerid', 'opportunity_customer_accounts', 'opportunity_customer_contacts'),
    lookup('parentaccountid', 'account', 'opportunity_parent_account'),
    lookup('parentcontactid', 'contact', 'opportunity_parent_contact'),
    lookup('originatingleadid', 'lead', 'opportunity_originating_lead'),
    currency('opportunity'),
    picklist('opportunityratingcode', options([1, 'Hot'], [2, 'Warm'], [3, 'Cold'])),
    picklist('salesstage', options([0, 'Qualify'], [1, 'Develop'], [2, 'Propose'], [3, 'Close'])),
    dateOnly('actualclosedate'),
    money('actualvalue'),
    ...stateAndStatus(
      [
        [0, 'Open', 1],
        [1, 'Won', 3],
        [2, 'Lost', 4],
      ],
      [
        [1, 'In Progress', 0],
        [2, 'On Hold', 0],
        [3, 'Won', 1],
        [4, 'Canceled', 2],
        [5, 'Out-Sold', 2],
      ],
    ).map((c) => (c.kind === 'state' ? { ...c, rejectOnCreate: true } : c)),
    ...platformColumns('opportunity', 'user'),
  ],
});

export const accountTable = (): TableMeta => ({
  logicalName: 'account',
  schemaName: 'Account',
  setName: 'accounts',
  primaryId: 'accountid',
  primaryName: 'name',
  ownership: 'user',
  columns: [
    pk('accountid'),
    text('name', 160),
    ...address(),
    text('telephone1', 50, 'phone'),
    text('websiteurl', 200, 'url'),
    memo('description', 2000),
    lookup('parentaccountid', 'account', 'account_parent_account'),
    lookup('primarycontactid', 'contact', 'account_primary_contact'),
    currency('account'),
    ...activeInactive(),
    ...platformColumns('account', 'user'),
  ],
});

export const contactTable = (): TableMeta => ({
  logicalName: 'contact',
  schemaName: 'Contact',
  setName: 'contacts',
  primaryId: 'contactid',
  primaryName: 'fullname',
  ownership: 'user',
  columns: [
    pk('contactid'),
    text('firstname', 50),
    text('lastname', 50),
    computed(text('fullname', 160)),
    text('emailaddress1', 100, 'email'),
    text('telephone1', 50, 'phone'),
    text('mobilephone', 50, 'phone'),
    text('jobtitle', 100),
    ...address(),
    customer('parentcustomerid', 'contact_customer_accounts', 'contact_customer_contacts'),
    currency('contact'),
    ...activeInactive(),
    ...platformColumns('contact', 'user'),
  ],
});

export const leadTable = (): TableMeta => ({
  logicalName: 'lead',
  schemaName: 'Lead',
  setName: 'leads',
  primaryId: 'leadid',
  primaryName: 'fullname',
  ownership: 'user',
  columns: [
    pk('leadid'),
    text('subject', 300),
    text('firstname', 50),
    text('lastname', 50),
    computed(text('fullname', 160)),
    text('companyname', 100),
    text('emailaddress1', 100, 'email'),
    text('telephone1', 50, 'phone'),
    text('mobilephone', 20, 'phone'),
    text('jobtitle', 100),
    text('websiteurl', 200, 'url'),
    ...address(),
    memo('description', 2000),
    money('estimatedvalue'),
    dateOnly('estimatedclosedate'),
    picklist(
      'leadsourcecode',
      options(
        [1, 'Advertisement'],
        [2, 'Employee Referral'],
        [3, 'External Referral'],
        [4, 'Partner'],
        [5, 'Public Relations'],
        [6, 'Seminar'],
        [7, 'Trade Show'],
        [8, 'Web'],
        [9, 'Word of Mouth'],
        [10, 'Other'],
      ),
    ),
    lookup('parentaccountid', 'account', 'lead_parent_account'),
    lookup('parentcontactid', 'contact', 'lead_parent_contact'),
    customer('customerid', 'lead_customer_accounts', 'lead_customer_contacts', 'RemoveLink'),
    lookup('qualifyingopportunityid', 'opportunity', 'lead_qualifying_opportunity'),
    currency('lead'),
    ...stateAndStatus(
      [
        [0, 'Open', 1],
        [1, 'Qualified', 3],
        [2, 'Disqualified', 4],
      ],
      [
        [1, 'New', 0],
        [2, 'Contacted', 0],
        [3, 'Qualified', 1],
        [4, 'Lost', 2],
        [5, 'Cannot Contact', 2],
        [6, 'No Longer Interested', 2],
        [7, 'Canceled', 2],
      ],
    ),
    ...platformColumns('lead', 'user'),
  ],
});

export const transactionCurrencyTable = (): TableMeta => ({
  logicalName: 'transactioncurrency',
  schemaName: 'TransactionCurrency',
  setName: 'transactioncurrencies',
  primaryId: 'transactioncurrencyid',
  primaryName: 'currencyname',
  ownership: 'organization',
  columns: [
    pk('transactioncurrencyid'),
    text('currencyname', 100),
    text('isocurrencycode', 5),
    text('currencysymbol', 10),
    decimal('exchangerate'),
    integer('currencyprecision'),
    ...activeInactive(),
    ...platformColumns('transactioncurrency', 'organization'),
  ],
});

/** Users: one row per identity the double has seen (createdby, modifiedby, ownerid and MSCRMCallerID point here). */
export const systemUserTable = (): TableMeta => ({
  logicalName: 'systemuser',
  schemaName: 'SystemUser',
  setName: 'systemusers',
  primaryId: 'systemuserid',
  primaryName: 'fullname',
  ownership: 'organization',
  columns: [pk('systemuserid'), text('fullname', 200), text('domainname', 1024)],
});

export const salesTables = (): TableMeta[] => [
  opportunityTable(),
  accountTable(),
  contactTable(),
  leadTable(),
  transactionCurrencyTable(),
  systemUserTable(),
];
