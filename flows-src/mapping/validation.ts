// The seed's rules before anything is sent to Partner Center, as readable problems (empty: ready to share).
import { $, type Ref, type Value } from '../../src/dsl';
import type { AccountRow, ContactRow, OpportunityRow } from '../tables';
import { arrayWhere, at, text } from './expr';
import { isCountryCode } from './customer';
import { helpSelected, isVisible } from './help';

export interface SharingFacts {
  row: Ref<OpportunityRow>;
  account: Ref<AccountRow>;
  contact: Ref<ContactRow>;
  solutions: Value<unknown[]>;
  countryColumn: Value<string>;
}

/** Every rule the opportunity breaks, one sentence each. */
export function sharingProblems(f: SharingFacts): Ref<string[]> {
  const help = helpSelected(f.row.cosell_microsofthelp);
  const withMicrosoft = $.or(help, isVisible(f.row.cosell_referralvisibility));
  return arrayWhere<string>([
    [$.empty(text(f.account.accountid)), 'The opportunity has no customer account.'],
    [
      $.and($.not($.empty(text(f.account.accountid))), $.not(isCountryCode(at(f.account, f.countryColumn)))),
      $.concat(
        "The customer account's country (column ",
        f.countryColumn,
        ') is not a two-letter ISO 3166 code such as US.',
      ),
    ],
    [
      $.and(help, $.empty(text(f.contact.contactid))),
      'How can Microsoft help? is selected, so the opportunity needs a customer contact.',
    ],
    [
      $.and(withMicrosoft, $.empty(f.solutions)),
      'Sharing with Microsoft needs at least one Partner Center solution on the opportunity.',
    ],
  ]);
}
