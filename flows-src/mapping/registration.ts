// Webhook registration: the events asked for, and what to do given the current registration. Partner Center keeps
// one URL per partner tenant for its events: only one URL can be registered for a given event.
import { syncEventNames } from '../../connector/partner-center-events/webhook-payload';
import { $, type Ref, type Value } from '../../src/dsl';
import { literal, text } from './expr';

/** The events asked for: the comma-separated input, or all four when it is empty. */
export const requestedEvents = (input: Value<string | null | undefined>): Ref<string[]> =>
  $.if($.empty($.trim(text(input))), literal(syncEventNames), $.split($.replace(text(input), ' ', ''), ',')) as Ref<
    string[]
  >;

/** Every requested event is one the sync handles. */
export const knownEvents = (events: Value<string[]>): Ref<boolean> =>
  $.equals($.length($.fn('intersection', events, literal(syncEventNames))), $.length(events));

export interface RegistrationFacts {
  /** HTTP status of "Get the current registration" (404: none). */
  status: Value<number>;
  currentUrl: Value<string>;
  endpoint: Value<string>;
  events: Value<string[]>;
  overwrite: Value<boolean>;
}

export type RegistrationRoute = 'register' | 'update' | 'overwrite' | 'refuse' | 'invalid' | 'unavailable';

/**
 * `unavailable` (Partner Center did not answer 200 or 404), `invalid` (not an https URL, or an unknown event),
 * `register` (nothing registered), `update` (same URL: add the events), `overwrite` (another URL, overwrite Yes),
 * `refuse` (another URL, overwrite No).
 */
export const registrationRoute = (f: RegistrationFacts): Ref<RegistrationRoute> =>
  $.if(
    $.not($.contains(literal([200, 404]), f.status)),
    'unavailable',
    $.if(
      $.or($.not($.startsWith($.toLower($.trim(text(f.endpoint))), 'https://')), $.not(knownEvents(f.events))),
      'invalid',
      $.if(
        $.empty(text(f.currentUrl)),
        'register',
        $.if(
          $.equals($.toLower(text(f.currentUrl)), $.toLower($.trim(text(f.endpoint)))),
          'update',
          $.if($.equals(f.overwrite, true), 'overwrite', 'refuse'),
        ),
      ),
    ),
  ) as Ref<RegistrationRoute>;
