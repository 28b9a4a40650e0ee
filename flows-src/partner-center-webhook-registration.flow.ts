// a. Partner Center Webhook Registration: run once by the admin with the receiver's URL. It reads the current
// registration, then registers, updates (same URL: the events are added), overwrites (another URL, when asked to),
// or refuses with a clear message: Partner Center sends a given event to one URL only.
import { type WebhookRegistration, partnerCenterEvents } from '../connector/partner-center-events';
import { $, type ConnectorCall, type Steps, flow, input, manual } from '../src/dsl';
import { pc } from './common/retry';
import { registrationRoute, requestedEvents, text } from './mapping';

export default flow('Partner Center Webhook Registration', (f) => {
  const i = f.trigger(
    manual({
      endpoint: input.text('HTTP trigger endpoint', {
        description: 'The HTTP POST URL of the flow "Partner Center to Dynamics 365" (its trigger shows it).',
      }),
      events: input.text('Events to register', {
        required: false,
        description:
          'Comma-separated. Empty registers all four: referral-created, referral-updated, related-referral-created, related-referral-updated.',
      }),
      overwrite: input.boolean('Overwrite the existing trigger endpoint if any?', {
        description: 'Yes replaces a registration that sends the events to another URL.',
      }),
    }),
  ).inputs;

  const current = f.call('Get the current registration', partnerCenterEvents.viewRegistration, {}, pc);
  const status = current.outputs.statusCode;
  const currentUrl = $.if($.equals(status, 200), text(current.body.WebhookUrl), '');
  const events = requestedEvents(i.events);
  const endpoint = $.trim(text(i.endpoint));
  const request = (webhookEvents: unknown) => ({
    body: { WebhookUrl: endpoint, WebhookEvents: webhookEvents as string[], SignatureTokenToMsSignatureHeader: true },
  });
  const refusedByPartnerCenter = (b: Steps, call: ConnectorCall<WebhookRegistration>) =>
    b.terminate(
      `${call.displayName} failed`,
      'Failed',
      {
        code: 'RegistrationFailed',
        message: $.concat('Partner Center refused the registration: ', $.string(call.body)),
      },
      { runAfter: [[call, 'Failed', 'TimedOut']] },
    );

  f.switch(
    'Register, update or refuse',
    registrationRoute({ status, currentUrl, endpoint, events, overwrite: i.overwrite }),
    {
      register: (b) =>
        refusedByPartnerCenter(
          b,
          b.call('Register the webhook', partnerCenterEvents.registerWebhook, request(events), pc),
        ),
      update: (b) =>
        refusedByPartnerCenter(
          b,
          b.call(
            'Add the events to the registration',
            partnerCenterEvents.updateRegistration,
            request($.union($.coalesce<string[]>(current.body.WebhookEvents, $.json('[]')), events)),
            pc,
          ),
        ),
      overwrite: (b) =>
        refusedByPartnerCenter(
          b,
          b.call('Replace the registration', partnerCenterEvents.updateRegistration, request(events), pc),
        ),
      refuse: (b) =>
        b.terminate('Refuse to overwrite', 'Failed', {
          code: 'EndpointInUse',
          message: $.concat(
            'Partner Center already sends ',
            $.join($.coalesce<string[]>(current.body.WebhookEvents, $.json('[]')), ', '),
            ' to ',
            currentUrl,
            '. Only one URL can be registered per event. Run this flow again with "Overwrite the existing trigger endpoint if any?" set to Yes to send them to ',
            endpoint,
            ' instead.',
          ),
        }),
      invalid: (b) =>
        b.terminate('Refuse the inputs', 'Failed', {
          code: 'InvalidInput',
          message: $.concat(
            'The endpoint must be an https URL and the events among referral-created, referral-updated, related-referral-created, related-referral-updated; got ',
            endpoint,
            ' and ',
            $.join(events, ', '),
            '.',
          ),
        }),
    },
    (b) =>
      b.terminate('Registration unavailable', 'Failed', {
        code: 'RegistrationUnavailable',
        message: $.concat(
          'Partner Center did not return the current registration (HTTP ',
          $.string(status),
          '): ',
          $.string(current.body),
        ),
      }),
    { runAfter: [[current, 'Succeeded', 'Failed', 'TimedOut']] },
  );
});
