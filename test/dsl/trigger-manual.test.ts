import { describe, expect, it } from 'vitest';
import { flow, input, manual } from '../../src/dsl';
import { compile } from './helpers';

describe('Manually trigger a flow (Request/Button)', () => {
  it('keys inputs by kind in declaration order and renders them like real exports', () => {
    const c = compile(
      flow('Manual flow', (f) => {
        const inputs = f.trigger(
          manual({
            environmentId: input.text('envtid'),
            appId: input.text('App id', { description: 'The app to sync' }),
            isByodl: input.boolean('isBYODL'),
            count: input.number('Count', { required: false }),
            owner: input.email('Owner'),
          }),
        ).inputs;
        f.compose('Inputs', {
          env: inputs.environmentId,
          app: inputs.appId,
          byodl: inputs.isByodl,
          count: inputs.count,
          owner: inputs.owner,
        });
      }),
    );
    expect(c.definition.triggers).toEqual({
      manual: {
        metadata: c.meta('manual'),
        type: 'Request',
        kind: 'Button',
        inputs: {
          schema: {
            type: 'object',
            properties: {
              text: {
                title: 'envtid',
                type: 'string',
                'x-ms-dynamically-added': true,
                description: 'Please enter your input',
                'x-ms-content-hint': 'TEXT',
              },
              text_1: {
                title: 'App id',
                type: 'string',
                'x-ms-dynamically-added': true,
                description: 'The app to sync',
                'x-ms-content-hint': 'TEXT',
              },
              boolean: {
                title: 'isBYODL',
                type: 'boolean',
                'x-ms-dynamically-added': true,
                description: 'Please select yes or no',
                'x-ms-content-hint': 'BOOLEAN',
              },
              number: {
                title: 'Count',
                type: 'number',
                'x-ms-dynamically-added': true,
                description: 'Please enter a number',
                'x-ms-content-hint': 'NUMBER',
              },
              email: {
                title: 'Owner',
                type: 'string',
                format: 'email',
                'x-ms-dynamically-added': true,
                description: 'Please enter an e-mail address',
                'x-ms-content-hint': 'EMAIL',
              },
            },
            required: ['text', 'text_1', 'boolean', 'email'],
          },
        },
      },
    });
    expect(Object.keys(c.trigger)).toEqual(['metadata', 'type', 'kind', 'inputs']);
    expect(Object.keys(c.trigger.inputs.schema.properties.text)).toEqual([
      'title',
      'type',
      'x-ms-dynamically-added',
      'description',
      'x-ms-content-hint',
    ]);
    expect(c.actions.Inputs.inputs).toEqual({
      env: "@triggerBody()?['text']",
      app: "@triggerBody()?['text_1']",
      byodl: "@triggerBody()?['boolean']",
      count: "@triggerBody()?['number']",
      owner: "@triggerBody()?['email']",
    });
  });

  it('renders the empty schema form for a trigger without inputs', () => {
    const c = compile(flow('Manual empty', (f) => void f.trigger(manual())));
    expect(c.trigger).toEqual({
      metadata: c.meta('manual'),
      type: 'Request',
      kind: 'Button',
      inputs: { schema: { type: 'object', properties: {}, required: [] } },
    });
  });
});
