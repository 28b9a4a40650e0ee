// The mapping module and symbolic inputs the page is generated from.
import type * as Env from '../../../flows-src/common/env';
import type * as Mapping from '../../../flows-src/mapping';
import type { Member, Referral } from '../../../connector/partner-center-referrals';
import type { AccountRow, ContactRow, OpportunityRow, PartnerCenterSolutionRow, TransactionCurrencyRow } from '../../../flows-src/tables';
import { Symbols } from './symbols';

/** flows-src/mapping as the generator uses it (a test may pass a changed copy). */
export type MappingModule = typeof Mapping;
/** flows-src/common/env: the environment variables naming configurable columns. */
export type EnvModule = Pick<typeof Env, 'dealValueColumn' | 'countryCodeColumn' | 'showCheckMark' | 'referralLinkBase'>;

/** The records and values a flow passes to the builders, as symbols. */
export function symbolicInputs() {
  const symbols = new Symbols();
  return {
    symbols,
    referral: symbols.root<Referral>('partnerCenter', ''),
    member: symbols.root<Member>('partnerCenter', 'customerProfile.team[]'),
    opportunity: symbols.root<OpportunityRow>('dynamics', 'opportunity'),
    account: symbols.root<AccountRow>('dynamics', 'account'),
    contact: symbols.root<ContactRow>('dynamics', 'contact'),
    currency: symbols.root<TransactionCurrencyRow>('dynamics', 'transactioncurrency'),
    solutionRow: symbols.root<PartnerCenterSolutionRow>('dynamics', 'cosell_partnercentersolution'),
    solutions: symbols.root<unknown[]>('value', "opportunity's Partner Center Solution rows (see Solutions)"),
    audit: symbols.root<string>('value', "audit trail with this sync's entry"),
    accountId: symbols.root<string>('value', 'customer account id'),
    contactId: symbols.root<string>('value', 'contact id'),
    currencyId: symbols.root<string>('value', 'currency id'),
    opportunityId: symbols.root<string>('value', 'opportunity id'),
  };
}

export type Inputs = ReturnType<typeof symbolicInputs>;
