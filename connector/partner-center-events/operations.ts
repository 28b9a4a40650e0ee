// The webhook registration operations (host api.partnercenter.microsoft.com), with the operation ids of
// Microsoft's Partner Center Events connector.
import { operation, param } from '../model/operation';
import { eventsError, registration, registrationRequest } from './registration';

const failed = (description: string) => ({ description, schema: eventsError });
const errors = {
  400: failed('A missing or invalid input.'),
  401: failed('The request was not authenticated.'),
  403: failed('The user may not manage webhooks for this partner tenant.'),
};
const body = param.body(registrationRequest, {
  summary: 'Registration',
  description: 'The callback URL and the events to deliver to it.',
});

export const eventOperations = {
  viewRegistration: operation({
    operationId: 'ViewRegistration',
    method: 'get',
    path: '/webhooks/v1/registration',
    summary: 'View the webhook registration',
    description: "Gets the partner tenant's webhook registration: its URL and events.",
    parameters: {},
    responses: {
      200: { description: 'The registration.', schema: registration },
      404: failed('Nothing is registered.'),
      ...errors,
    },
  }),

  registerWebhook: operation({
    operationId: 'EventRegistration',
    method: 'post',
    path: '/webhooks/v1/registration',
    summary: 'Register a webhook',
    description: 'Registers a callback URL for events. Fails if the tenant already has a registration; update it instead.',
    parameters: { body },
    responses: { 200: { description: 'The new registration.', schema: registration }, ...errors },
  }),

  updateRegistration: operation({
    operationId: 'UpdateRegistration',
    method: 'put',
    path: '/webhooks/v1/registration',
    summary: 'Update the webhook registration',
    description: 'Replaces the callback URL and event list of the existing registration.',
    parameters: { body },
    responses: { 200: { description: 'The updated registration.', schema: registration }, ...errors },
  }),
};
