// What the deal is: value, currency, closing date and the requirements (solutions, products, industries...).
import { type Infer, s } from '../../src/dsl';
import { field, meta, nullable } from '../model/schema';
import { define } from './definitions';

const catalogItem = (what: string) =>
  s.object(
    { id: field.text({ summary: 'Id', description: `The ${what} id from the Partner Center catalog.` }) },
    { description: `A ${what}.` },
  );

export const solution = define(
  'Solution',
  s.object(
    {
      id: field.text({ summary: 'Solution id', description: 'Partner Center solution id, e.g. SOL-34104-EBB.' }),
      name: s.optional(field.text({ summary: 'Solution name', description: 'Name of the solution.' })),
      type: s.optional(field.text({ summary: 'Solution type', description: 'None, Category or Name.' })),
      publisherName: s.optional(
        field.text({ summary: 'Publisher', description: 'Who publishes the solution (Microsoft or a partner).' }),
      ),
      price: s.optional(field.decimal({ summary: 'Price', description: 'Price of the solution on this deal.' })),
      quantity: s.optional(field.int32({ summary: 'Quantity', description: 'Quantity.' })),
      currency: s.optional(field.text({ summary: 'Currency', description: 'ISO 4217 currency code of the price.' })),
      closingDateTime: s.optional(field.dateTime({ summary: 'Closing date', description: 'Expected closing date (UTC).' })),
    },
    { description: 'A co-sell ready or Microsoft solution on the deal.' },
  ),
);

export const requirements = define(
  'Requirements',
  s.object(
    {
      solutions: s.optional(s.array(solution, { description: 'Solutions on the deal. At least one before sharing.' })),
      products: s.optional(s.array(catalogItem('product'), { description: 'Microsoft products.' })),
      industries: s.optional(s.array(catalogItem('industry'), { description: 'Customer industries.' })),
      services: s.optional(s.array(catalogItem('service'), { description: 'Services.' })),
      offers: s.optional(s.array(catalogItem('offer'), { description: 'Marketplace offers.' })),
    },
    { description: 'What the customer needs.' },
  ),
);

export const details = define(
  'ReferralDetails',
  s.object(
    {
      notes: s.optional(field.text({ summary: 'Notes', description: 'Free-text notes on the deal.' })),
      dealValue: s.optional(field.decimal({ summary: 'Deal value', description: 'Estimated value of the deal, in currency.' })),
      currency: s.optional(
        meta(field.text({ summary: 'Currency', description: 'ISO 4217 currency code of the deal value, e.g. USD.' }), {
          pattern: '^[A-Z]{3}$',
        }),
      ),
      closingDateTime: s.optional(
        nullable(field.dateTime({ summary: 'Closing date', description: 'Estimated closing date (UTC).' })),
      ),
      customerRequestedContact: s.optional(
        field.flag({ summary: 'Customer requested contact', description: 'The customer asked to be contacted.' }),
      ),
      requirements: s.optional(requirements),
    },
    { description: 'The deal: value, currency, closing date, notes and requirements.' },
  ),
);

export type Solution = Infer<typeof solution>;
export type Requirements = Infer<typeof requirements>;
export type ReferralDetails = Infer<typeof details>;
