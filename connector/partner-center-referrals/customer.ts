// People and the customer on a referral: team members, the customer's profile and address, the consent flags.
import { type Infer, s } from '../../src/dsl';
import { field, meta } from '../model/schema';
import { define } from './definitions';

export const member = define(
  'Member',
  s.object(
    {
      firstName: s.optional(field.text({ summary: 'First name', description: 'First name.' })),
      lastName: s.optional(field.text({ summary: 'Last name', description: 'Last name.' })),
      phoneNumber: s.optional(field.text({ summary: 'Phone number', description: 'Phone number.' })),
      email: s.optional(meta(field.text({ summary: 'Email', description: 'Email address.' }), { format: 'email' })),
      title: s.optional(field.text({ summary: 'Title', description: 'Job title.' })),
      contactPreference: s.optional(
        s.object(
          {
            locale: s.optional(field.text({ summary: 'Locale', description: 'Preferred locale, e.g. en-US.' })),
            disableNotifications: s.optional(
              field.flag({ summary: 'Disable notifications', description: 'No email notifications.' }),
            ),
          },
          { description: 'How the person wants to be contacted.' },
        ),
      ),
    },
    { description: 'A person: a member of the partner sales team or a customer contact.' },
  ),
);

export const address = define(
  'Address',
  s.object(
    {
      addressLine1: s.optional(field.text({ summary: 'Address line 1', description: 'First address line.' })),
      addressLine2: s.optional(field.text({ summary: 'Address line 2', description: 'Second address line.' })),
      city: s.optional(field.text({ summary: 'City', description: 'City.' })),
      state: s.optional(field.text({ summary: 'State', description: 'State or province.' })),
      postalCode: s.optional(field.text({ summary: 'Postal code', description: 'Postal code.' })),
      country: meta(
        field.text({ summary: 'Country', description: 'ISO 3166-1 alpha-2 country code, e.g. US. Required on create.' }),
        {
          pattern: '^[A-Z]{2}$',
        },
      ),
      region: s.optional(field.text({ summary: 'Region', description: 'Region.' })),
    },
    { description: "The customer's address." },
  ),
);

export const customerId = define(
  'CustomerProfileId',
  s.object(
    {
      profileType: field.text({ summary: 'Id type', description: 'Kind of identifier: Duns or External.' }),
      id: field.text({ summary: 'Id', description: 'The identifier, e.g. a DUNS number.' }),
    },
    { description: 'An identifier of the customer organization.' },
  ),
);

export const customerProfile = define(
  'CustomerProfile',
  s.object(
    {
      name: field.text({ summary: 'Customer name', description: "The customer organization's name." }),
      size: s.optional(field.text({ summary: 'Company size', description: 'Size of the customer organization.' })),
      address: address,
      ids: s.optional(s.array(customerId, { description: 'Identifiers of the customer (DUNS, external).' })),
      team: s.optional(s.array(member, { description: 'Customer contacts. Required when Microsoft help is requested.' })),
    },
    { description: 'The customer the referral is about. Read-only after creation.' },
  ),
);

export const consent = define(
  'Consent',
  s.object(
    {
      // The service's own spelling, double "To" included.
      consentToToShareInfoWithOthers: s.optional(
        field.flag({
          summary: 'Consent to share info',
          description: 'The customer agrees to share their information with others.',
        }),
      ),
      consentToContact: s.optional(
        field.flag({ summary: 'Consent to contact', description: 'The customer agrees to be contacted.' }),
      ),
      consentToShareReferralWithMicrosoftSellers: s.optional(
        field.flag({
          summary: 'Share with Microsoft sellers',
          description: 'Share the referral with Microsoft sellers. False makes a private deal. Cannot be reverted once true.',
        }),
      ),
    },
    { description: "The customer's consent. Read-only after creation, except sharing with Microsoft sellers." },
  ),
);

export type Member = Infer<typeof member>;
export type Address = Infer<typeof address>;
export type CustomerProfile = Infer<typeof customerProfile>;
export type Consent = Infer<typeof consent>;
