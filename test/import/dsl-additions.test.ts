// The small DSL additions the importer relies on, each rendering exactly as documented.
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/compile/compile-flow';
import { CompileError } from '../../src/compile/problem';
import { $, type ConnectorApi, env, flow, http, manual, rawTrigger, s } from '../../src/dsl';
import { project } from './fixtures';

const usersApi: ConnectorApi = { name: 'shared_office365users' };
const baseUrl = env.string('demo_baseurl');
const pageSize = env.number('demo_pagesize');
const compile = (f: ReturnType<typeof flow>) => compileFlow(f, project).clientdata.properties as Record<string, any>; // compiled JSON

describe('$.raw as a tagged template', () => {
  it('splices expressions into raw text, declaring the environment variables it reads', () => {
    const p = compile(
      flow('Splice', (f) => {
        f.trigger(manual());
        f.compose('C', $.raw`add(${pageSize}, length(${baseUrl}))`);
      }),
    );
    expect(p.definition.actions.C.inputs).toBe(
      "@add(parameters('Page Size (demo_pagesize)'), length(parameters('Base URL (demo_baseurl)')))",
    );
    expect(Object.keys(p.definition.parameters)).toEqual([
      '$authentication',
      'Base URL (demo_baseurl)',
      'Page Size (demo_pagesize)',
    ]);
  });
});

describe('s.raw', () => {
  it('writes a JSON Schema verbatim', () => {
    const schema = { type: 'object', properties: { '@@odata.context': { type: 'string', 'x-ms-dynamically-added': true } } };
    const p = compile(
      flow('Schema', (f) => {
        f.trigger(http.request({ schema: s.raw(schema) }));
        f.parseJson('P', $.raw('triggerBody()'), s.raw(schema));
      }),
    );
    expect(p.definition.triggers.manual.inputs.schema).toEqual(schema);
    expect(p.definition.actions.P.inputs.schema).toEqual(schema);
  });
});

describe('extra', () => {
  it('sets, replaces and removes members, merges metadata, and keeps runAfter and type the flow’s', () => {
    const p = compile(
      flow('Extra', (f) => {
        f.trigger(manual());
        f.if(
          'Check',
          $.equals(1, 1),
          {},
          { extra: { else: undefined, operationOptions: 'Sequential', metadata: { note: 'kept' } } },
        );
      }),
    );
    expect(p.definition.actions.Check).toEqual({
      actions: {},
      runAfter: {},
      expression: { equals: [1, 1] },
      metadata: { operationMetadataId: expect.any(String), note: 'kept' },
      type: 'If',
      operationOptions: 'Sequential',
    });
    const bad = flow('Bad extra', (f) => {
      f.trigger(manual());
      f.compose('C', 1, { extra: { type: 'Http' } });
    });
    expect(() => compileFlow(bad, project)).toThrow(CompileError);
    expect(() => compileFlow(bad, project)).toThrow(/extra must not set 'type'/);
  });
});

describe('raw actions and triggers: what they use is declared', () => {
  it('re-keys the connections raw JSON names and declares its environment variables', () => {
    const p = compile(
      flow('Raw uses', (f) => {
        f.trigger(
          rawTrigger(
            'When a file is created',
            {
              type: 'OpenApiConnection',
              inputs: {
                host: { connectionName: 'users_1', operationId: 'OnNewFile' },
                parameters: { folder: "@parameters('Base URL (demo_baseurl)')" },
              },
              metadata: { flowSystemMetadata: { x: 1 } },
              splitOn: '@triggerBody()',
            },
            { connections: { users_1: usersApi }, environmentVariables: [baseUrl] },
          ),
        );
        f.raw(
          'Nested',
          {
            type: 'Scope',
            actions: {
              Inner: {
                type: 'OpenApiConnection',
                runAfter: {},
                inputs: { host: { connectionName: 'users_1', operationId: 'X' } },
              },
            },
            description: 'kept',
          },
          { connections: { users_1: usersApi } },
        );
      }),
    );
    const trigger = p.definition.triggers.When_a_file_is_created;
    expect(trigger.inputs.host.connectionName).toBe('shared_office365users');
    expect(trigger.metadata).toEqual({ flowSystemMetadata: { x: 1 }, operationMetadataId: expect.any(String) });
    expect(p.definition.actions.Nested.actions.Inner.inputs.host.connectionName).toBe('shared_office365users');
    expect(p.definition.actions.Nested.description).toBe('kept');
    expect(Object.keys(p.connectionReferences)).toEqual(['shared_office365users']);
    expect(p.definition.parameters['Base URL (demo_baseurl)'].metadata.schemaName).toBe('demo_baseurl');
  });

  it('a raw trigger keeps its kind: a Button kind makes connector actions use Raw authentication', () => {
    const p = compile(
      flow('Raw button', (f) => {
        f.trigger(
          rawTrigger('manual', { type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties: {} } } }),
        );
        f.call('Me', { api: usersApi, operationId: 'MyProfile_V2' }, {});
      }),
    );
    expect(p.definition.actions.Me.inputs.authentication.type).toBe('Raw');
  });
});

describe('switch case keys', () => {
  it("writes the case's own key where given, the designer's Case_<value> otherwise", () => {
    const p = compile(
      flow('Keys', (f) => {
        f.trigger(manual());
        f.switch('S', 'a', [
          ['a', (b) => void b.compose('A', 1), 'Case'],
          ['b', (b) => void b.compose('B', 2)],
        ]);
      }),
    );
    expect(Object.keys(p.definition.actions.S.cases)).toEqual(['Case', 'Case_b']);
  });
});
