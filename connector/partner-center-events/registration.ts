// The webhook registration of a partner tenant: one callback URL for a list of events (partner-center-api.md §2.1).
import { type Infer, s } from '../../src/dsl';
import { Definitions } from '../model/definitions';
import { field } from '../model/schema';

export const eventDefinitions = new Definitions();

const events = s.array(field.text({ summary: 'Event', description: "An event name, e.g. 'referral-created'." }), {
  description: 'The events delivered to the URL. Only one URL can be registered for a given event.',
});

export const registrationRequest = eventDefinitions.define(
  'WebhookRegistrationRequest',
  s.object(
    {
      WebhookUrl: field.uri({ summary: 'Webhook URL', description: 'The URL Partner Center posts events to.' }),
      WebhookEvents: events,
      SignatureTokenToMsSignatureHeader: s.optional(
        field.flag({
          summary: 'Signature in x-ms-signature',
          description:
            'Send the signature in the x-ms-signature header instead of Authorization (needed by Power Automate triggers).',
        }),
      ),
    },
    { description: 'The callback URL and the events to deliver to it.' },
  ),
);

export const registration = eventDefinitions.define(
  'WebhookRegistration',
  s.object(
    {
      SubscriberId: s.optional(
        field.text({ summary: 'Subscriber id', description: 'Id of the registration (the partner tenant).' }),
      ),
      WebhookUrl: field.uri({ summary: 'Webhook URL', description: 'The URL Partner Center posts events to.' }),
      WebhookEvents: events,
      SignatureTokenToMsSignatureHeader: s.optional(
        field.flag({ summary: 'Signature in x-ms-signature', description: 'Whether the signature is sent in x-ms-signature.' }),
      ),
    },
    { description: "The partner tenant's webhook registration." },
  ),
);

export const eventsError = eventDefinitions.define(
  'EventsServiceError',
  s.object(
    {
      code: s.optional(field.text({ summary: 'Code', description: 'Error code.' })),
      description: s.optional(field.text({ summary: 'Description', description: 'What went wrong.' })),
    },
    { description: 'An error returned by the service.' },
  ),
);

export type WebhookRegistration = Infer<typeof registration>;
export type WebhookRegistrationRequest = Infer<typeof registrationRequest>;
