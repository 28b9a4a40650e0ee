// The customer: account and contacts <-> customerProfile. Accounts match on company name plus postal code;
// contacts match on e-mail. The country lives in the account column named by cosell_countrycodecolumn.
import type { CustomerProfile, Member } from '../../connector/partner-center-referrals';
import type { ContactRow } from '../tables';
import { $, type Expr, type Ref, type Value } from '../../src/dsl';
import { described } from './describe';
import { objectOf, text } from './expr';
import { odataEq, odataEqOrNull } from './odata';

type MaybeText = Value<string | null | undefined>;

/** A country code as Partner Center wants it: ISO 3166 alpha-2, upper case. */
export const countryCode = described(
  'trimmed and upper case: an ISO 3166 alpha-2 code such as `US`',
  (value: MaybeText): Ref<string> => $.toUpper($.trim(text(value))),
);

const isLetter = (c: Expr<string>) => $.not($.equals($.toLower(c), $.toUpper(c)));

/** Two letters, e.g. `US`; `USA`, `United States` or an empty column fail. */
export const isCountryCode = described(
  'exactly two letters once trimmed and upper-cased, e.g. `US`; `USA`, `United States` or an empty column ' +
    'fail, and the opportunity is not shared',
  (value: MaybeText): Ref<boolean> => {
    const c = countryCode(value);
    return $.and($.equals($.length(c), 2), isLetter($.substring(c, 0, 1)), isLetter($.substring(c, 1, 1)));
  },
);

/** `$filter` of the account lookup: the company name and the postal code, both escaped. */
export const accountFilter = described(
  'same company name and postal code',
  (profile: Ref<CustomerProfile>): Ref<string> =>
    $.concat(odataEq('name', profile.name), ' and ', odataEqOrNull('address1_postalcode', profile.address.postalCode)),
);

/** `$filter` finding a contact by e-mail. */
export const contactFilter = described(
  'same e-mail address',
  (member: Ref<Member>): Ref<string> => odataEq('emailaddress1', member.email),
);

/** A new account from the customer profile; the country goes to the configured column. */
export const newAccount = described(
  "A new deal's customer account: an existing account with the same company name and postal code is used as it " +
    'is (nothing written); otherwise one is created.',
  (profile: Ref<CustomerProfile>, countryColumn: Value<string>) => {
    const a = profile.address;
    return objectOf(
      {
        name: profile.name,
        address1_line1: a.addressLine1,
        address1_city: a.city,
        address1_stateorprovince: a.state,
        address1_postalcode: a.postalCode,
      },
      [[countryColumn, countryCode(a.country)]],
    );
  },
);

/** A new contact from a customer team member, under the account. */
export const newContact = described(
  'Each customer team member with an e-mail address: a contact with the same e-mail is used as it is; ' +
    "otherwise one is created under the account. The first becomes the opportunity's contact.",
  (m: Ref<Member>, accountId: Value<string>) =>
    objectOf({
      firstname: m.firstName,
      lastname: m.lastName,
      emailaddress1: m.email,
      telephone1: m.phoneNumber,
      jobtitle: m.title,
      'parentcustomerid_account@odata.bind': $.text`accounts(${accountId})`,
    }),
);

/** A customer team member from a contact row (what Partner Center gets on a new referral). */
export const memberOf = (contact: Ref<ContactRow>) => ({
  firstName: contact.firstname,
  lastName: contact.lastname,
  email: contact.emailaddress1,
  phoneNumber: contact.telephone1,
  title: contact.jobtitle,
});
