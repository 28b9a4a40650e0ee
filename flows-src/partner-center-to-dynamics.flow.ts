// f. Partner Center to Dynamics 365: receives the Partner Center webhook (skeleton: validate and respond).
// It never calls the ResourceUri: later steps fetch the referral only through the connector, by id.
import { syncEventNames, webhookPayload } from '../connector/partner-center-events/webhook-payload';
import { $, flow, http } from '../src/dsl';

export default flow('Partner Center to Dynamics 365', (f) => {
  const hook = f.trigger(http.request({ schema: webhookPayload, method: 'POST' }));
  const referralId = f.compose('Referral id', $.last($.split(hook.body.ResourceUri, '/')));
  const id = referralId.output;

  const looksLikeGuid = $.and(
    $.equals($.length(id), 36),
    $.equals($.length($.split(id, '-')), 5),
    $.equals($.indexOf(id, '-'), 8),
    $.equals($.fn('lastIndexOf', id, '-'), 23),
  );

  f.if(
    'Is a genuine referral event',
    $.and(
      $.contains($.createArray(...syncEventNames), hook.body.EventName),
      $.equals($.toLower(hook.body.ResourceName), 'referral'),
      looksLikeGuid,
    ),
    {
      yes: (b) => b.respond('Accept', { status: 200, body: { referralId: id, eventName: hook.body.EventName } }),
      no: (b) =>
        b.respond('Reject', {
          status: 400,
          body: { error: $.text`not a referral event: ${hook.body.EventName} ${hook.body.ResourceUri}` },
        }),
    },
  );
});
