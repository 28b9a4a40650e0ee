import { describe, expect, it } from 'vitest';
import { $, Message, RunAs, SubscriptionScope, dataverseRow, flow } from '../../src/dsl';
import { CONNECTION_AUTH, DATAVERSE_API_ID, compile, expectProblems, opportunities } from './helpers';

const triggerHost = {
  connectionName: 'shared_commondataserviceforapps',
  operationId: 'SubscribeWebhookTrigger',
  apiId: DATAVERSE_API_ID,
};

// Row references do not depend on a trigger's options, so conditions can be written from another instance.
const row = dataverseRow(opportunities, { name: 'Row refs', message: Message.any });

describe('When a row is added, modified or deleted (Dataverse)', () => {
  it('renders subscriptionRequest/* parameters, conditions, concurrency and description in export order', () => {
    const c = compile(
      flow('Opportunity changed', (f) => {
        const t = f.trigger(
          dataverseRow(opportunities, {
            name: 'When an opportunity changes',
            message: Message.modified,
            scope: SubscriptionScope.organization,
            filteringAttributes: ['name', 'estimatedvalue'],
            filterExpression: 'statecode eq 0',
            runAs: RunAs.modifyingUser,
            conditions: [$.equals(row.row.statuscode, 1), $.not($.equals(row.sdkMessage, 'Delete'))],
            concurrency: { runs: 1, maximumWaitingRuns: 10 },
            description: 'Open opportunities only',
          }),
        );
        f.compose('Changed', { id: t.row.opportunityid, value: t.row.estimatedvalue, message: t.sdkMessage });
      }),
    );
    expect(c.definition.triggers).toEqual({
      When_an_opportunity_changes: {
        metadata: c.meta('When_an_opportunity_changes'),
        type: 'OpenApiConnectionWebhook',
        inputs: {
          host: triggerHost,
          parameters: {
            'subscriptionRequest/message': 3,
            'subscriptionRequest/entityname': 'opportunity',
            'subscriptionRequest/scope': 4,
            'subscriptionRequest/filteringattributes': 'name,estimatedvalue',
            'subscriptionRequest/filterexpression': 'statecode eq 0',
            'subscriptionRequest/runas': 1,
          },
          authentication: CONNECTION_AUTH,
        },
        conditions: [
          { expression: "@equals(triggerOutputs()?['body/statuscode'], 1)" },
          { expression: "@not(equals(triggerOutputs()?['body/SdkMessage'], 'Delete'))" },
        ],
        runtimeConfiguration: { concurrency: { runs: 1, maximumWaitingRuns: 10 } },
        description: 'Open opportunities only',
      },
    });
    expect(Object.keys(c.trigger)).toEqual([
      'metadata',
      'type',
      'inputs',
      'conditions',
      'runtimeConfiguration',
      'description',
    ]);
    expect(Object.keys(c.trigger.inputs)).toEqual(['host', 'parameters', 'authentication']);
    expect(c.actions.Changed.inputs).toEqual({
      id: "@triggerOutputs()?['body/opportunityid']",
      value: "@triggerOutputs()?['body/estimatedvalue']",
      message: "@triggerOutputs()?['body/SdkMessage']",
    });
    // Run as the modifying user: the connection reference impersonates the invoker, as BAK exports do.
    expect(c.properties.connectionReferences).toEqual({
      shared_commondataserviceforapps: {
        impersonation: { source: 'invoker' },
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_Dataverse' },
        api: { name: 'shared_commondataserviceforapps' },
      },
    });
    expect(Object.keys(c.properties.connectionReferences.shared_commondataserviceforapps)).toEqual([
      'impersonation',
      'runtimeSource',
      'connection',
      'api',
    ]);
  });

  it('renders only message, entityname and the organization scope by default', () => {
    const c = compile(
      flow(
        'Opportunity added',
        (f) => void f.trigger(dataverseRow(opportunities, { name: 'When added', message: Message.added })),
      ),
    );
    expect(c.trigger).toEqual({
      metadata: c.meta('When_added'),
      type: 'OpenApiConnectionWebhook',
      inputs: {
        host: triggerHost,
        parameters: {
          'subscriptionRequest/message': 1,
          'subscriptionRequest/entityname': 'opportunity',
          'subscriptionRequest/scope': 4,
        },
        authentication: CONNECTION_AUTH,
      },
    });
    expect(c.properties.connectionReferences.shared_commondataserviceforapps).not.toHaveProperty('impersonation');
  });

  it('a bad message, empty filtering attributes and bad concurrency are CompileErrors on the trigger', () => {
    const f = flow('Bad subscription', (f) => {
      f.trigger(
        dataverseRow(opportunities, {
          name: 'When changed',
          message: 9 as never,
          filteringAttributes: [],
          concurrency: { runs: 101 },
        }),
      );
    });
    expectProblems(f, [
      { path: 'triggers/When_changed', message: 'concurrency.runs must be 1-100, not 101' },
      { path: 'triggers/When_changed', message: 'message must be 1-7, not 9' },
      { path: 'triggers/When_changed', message: 'filteringAttributes is empty' },
    ]);
  });
});
