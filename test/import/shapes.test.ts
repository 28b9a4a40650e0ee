// Export shapes the DSL does not write by itself (older designer output, settings it does not model, odd
// runAfter, child flows behind raw triggers): each must come back exactly, through `extra` or raw JSON, with a note.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_SCHEMA } from '../../src/compile/compile-flow';
import type { ImportResult, SourceFlow } from '../../src/import';
import type { JsonObject } from '../../src/import/json';
import { runImport, scratch, typeErrors } from './support';

const meta = (n: number) => ({ operationMetadataId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` });
const dataverseHost = (op: string) => ({
  connectionName: 'shared_commondataserviceforapps_1',
  operationId: op,
  apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps',
});

function exported(name: string, id: string, triggers: JsonObject, actions: JsonObject, parameters: JsonObject = {}): SourceFlow {
  return {
    name,
    id,
    file: `${name}.json`,
    clientdata: {
      properties: {
        connectionReferences: {
          shared_commondataserviceforapps_1: {
            runtimeSource: 'embedded',
            connection: { connectionReferenceLogicalName: 'x_Dataverse' },
            api: { name: 'shared_commondataserviceforapps' },
          },
        },
        definition: {
          $schema: WORKFLOW_SCHEMA,
          contentVersion: '1.0.0.0',
          parameters: {
            $connections: { defaultValue: {}, type: 'Object' },
            $authentication: { defaultValue: {}, type: 'SecureObject' },
            ...parameters,
          },
          triggers,
          actions,
        },
        templateName: null,
      },
      schemaVersion: '1.0.0.0',
    },
  };
}

const button = (properties: JsonObject, required: string[]) => ({
  manual: { metadata: meta(1), type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties, required } } },
});
const textInput = (title: string) => ({
  title,
  type: 'string',
  'x-ms-dynamically-added': true,
  description: 'Please enter your input',
  'x-ms-content-hint': 'TEXT',
});

const shapes = exported(
  'Shapes',
  '11111111-1111-1111-1111-111111111111',
  // Inputs listed out of key order: declared text, text_1 so the DSL derives the same keys.
  button(
    {
      text_1: textInput('Second'),
      text: textInput('First'),
      boolean: {
        title: 'Flag',
        type: 'boolean',
        'x-ms-dynamically-added': true,
        description: 'Please select yes or no',
        'x-ms-content-hint': 'BOOLEAN',
      },
    },
    ['text', 'text_1'],
  ),
  {
    Init_n: {
      runAfter: {},
      metadata: meta(2),
      type: 'InitializeVariable',
      inputs: { variables: [{ name: 'n', type: 'integer', value: '5' }] },
    },
    Set_n: { runAfter: { Init_n: ['Succeeded'] }, metadata: meta(3), type: 'SetVariable', inputs: { name: 'n', value: 6 } },
    Init_items: {
      runAfter: { Set_n: ['Succeeded'] },
      metadata: meta(4),
      type: 'InitializeVariable',
      inputs: { variables: [{ name: 'items', type: 'array', value: [] }] },
    },
    Loop: {
      foreach: "@variables('items')",
      actions: {
        Append: {
          runAfter: {},
          metadata: meta(6),
          type: 'AppendToArrayVariable',
          inputs: { name: 'items', value: "@items('Loop')" },
        },
      },
      runAfter: { Init_items: ['Succeeded'] },
      metadata: meta(5),
      type: 'Foreach',
      runtimeConfiguration: { concurrency: { repetitions: 1 } },
      operationOptions: 'Sequential',
    },
    Check: {
      actions: {},
      runAfter: { Loop: ['Succeeded'] },
      expression: "@equals(length(variables('items')), 0)",
      metadata: meta(7),
      type: 'If',
    },
    Route: {
      runAfter: { Check: ['Succeeded'] },
      cases: {
        Case: { case: 'a', actions: {} },
        Case_2: {
          case: 'b',
          actions: { In_b: { runAfter: {}, metadata: meta(9), type: 'Compose', inputs: '@@not an expression, @@{nor this}' } },
        },
      },
      expression: "@triggerBody()?['text']",
      metadata: meta(8),
      type: 'Switch',
    },
    Wait: {
      actions: {},
      runAfter: { Route: ['Succeeded'] },
      expression: { greaterOrEquals: ["@length(variables('items'))", "@parameters('Limit (x_limit)')"] },
      limit: { count: "@parameters('Limit (x_limit)')", timeout: 'PT1H' },
      metadata: meta(10),
      type: 'Until',
    },
    Get_row: {
      runAfter: { Wait: ['Succeeded'] },
      metadata: { ...meta(11), flowSystemMetadata: { swaggerOperationId: 'GetItem' } },
      type: 'OpenApiConnection',
      inputs: {
        host: dataverseHost('GetItem'),
        parameters: { entityName: 'accounts', recordId: "@{triggerBody()?['text_1']}" },
        authentication: {
          type: 'Raw',
          value: "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']",
        },
      },
      limit: { timeout: 'PT20S' },
      runtimeConfiguration: { secureData: { properties: ['outputs', 'inputs'] } },
    },
    Legacy: {
      runAfter: { Get_row: ['Succeeded'] },
      metadata: meta(12),
      type: 'ApiConnection',
      inputs: {
        host: { connection: { name: "@parameters('$connections')['shared_commondataserviceforapps_1']['connectionId']" } },
        method: 'get',
        path: "/v2/@{encodeURIComponent(parameters('Limit (x_limit)'))}",
      },
    },
    Branch_A: {
      runAfter: { Get_row: ['Succeeded'] },
      metadata: meta(13),
      type: 'Compose',
      inputs: "@concat('a', parameters('Limit (x_limit)'))",
    },
    Branch_B: {
      runAfter: { Get_row: ['Failed', 'Skipped'] },
      metadata: meta(14),
      type: 'Compose',
      inputs: { n: "@parameters('Limit (x_limit)')", text: "@{parameters('Limit (x_limit)')} items" },
    },
    Joined: {
      runAfter: { Branch_A: ['Succeeded'], Branch_B: ['Succeeded'], Legacy: ['TimedOut'] },
      metadata: meta(15),
      type: 'Compose',
      inputs: "@{'}'} and @{outputs('Branch_A')}",
    },
  },
  { 'Limit (x_limit)': { defaultValue: 5, type: 'Int', metadata: { schemaName: 'x_limit', description: 'How many' } } },
);

// A child behind a trigger the DSL does not model, and a parent calling it: the call is written raw, retargeted.
const child = exported(
  'Child',
  '22222222-2222-2222-2222-222222222222',
  {
    manual: {
      metadata: meta(1),
      type: 'Request',
      kind: 'PowerAppV2',
      inputs: { schema: { type: 'object', properties: {}, required: [] } },
    },
  },
  { Done: { runAfter: {}, metadata: meta(2), type: 'Response', kind: 'PowerApp', inputs: { statusCode: 200 } } },
);
const parent = exported('Parent', '33333333-3333-3333-3333-333333333333', button({}, []), {
  Run: {
    runAfter: {},
    metadata: meta(2),
    type: 'Workflow',
    inputs: { host: { workflowReferenceName: '22222222-2222-2222-2222-222222222222' } },
  },
  Odd: { runAfter: { Run: [] }, metadata: meta(3), type: 'Compose', inputs: 1 },
});
// Two flows with one display name: both get a `key` (their original id), so their workflow ids differ.
const twinA = exported('Twin', '44444444-4444-4444-4444-444444444444', button({}, []), {});
const twinB = exported('Twin', '55555555-5555-5555-5555-555555555555', button({}, []), {});
for (const f of [child, parent, twinA, twinB]) {
  delete f.clientdata.properties.connectionReferences.shared_commondataserviceforapps_1;
  delete f.clientdata.properties.definition.parameters.$connections;
}

describe('export shapes the DSL writes only through extra or raw JSON', () => {
  let result: ImportResult;
  const dir = scratch('shapes');
  const flow = (name: string) => result.flows.find((f) => f.source.name === name)!;
  const notes = (name: string, kind: string) =>
    flow(name)
      .notes.filter((n) => n.kind === kind)
      .map((n) => `${n.path}: ${n.message}`);
  beforeAll(async () => {
    result = await runImport(
      [shapes, child, parent, twinA, twinB],
      dir,
      process.env.DEBUG_ROUNDS ? { rounds: Number(process.env.DEBUG_ROUNDS) } : {},
    );
    if (process.env.DEBUG_ROUNDS)
      for (const f of result.flows)
        console.log(f.file, JSON.stringify(f.roundTrip?.comparison ?? f.roundTrip?.failure, null, 1).slice(0, 3000));
  }, 60_000);
  afterAll(() => void (process.env.KEEP_GENERATED === '1' || rmSync(dir, { recursive: true, force: true })));

  it('rebuilds every flow exactly, except the runAfter with no statuses (reported)', () => {
    for (const f of result.flows) expect(f.roundTrip?.failure, f.file).toBeUndefined();
    expect(
      result.flows.flatMap((f) => f.roundTrip!.comparison!.differences.map((d) => `${f.source.name} ${d.path}: ${d.message}`)),
    ).toEqual(['Parent actions/Odd: /runAfter/Run: export [], rebuilt ["Succeeded"]']);
    expect(notes('Parent', 'difference')).toEqual([
      "Odd: runAfter 'Run' lists statuses []; the DSL writes Succeeded/Failed/Skipped/TimedOut (at least one)",
    ]);
  });

  it('writes settings the DSL does not model through extra, keeping the statements typed', () => {
    expect(notes('Shapes', 'extra')).toEqual([
      'Loop: written with `extra` for members the DSL does not model: operationOptions',
      'Check: written with `extra` for members the DSL does not model: else',
      'Route: written with `extra` for members the DSL does not model: default',
      'Wait: written with `extra` for members the DSL does not model: limit',
      'Get_row: written with `extra` for members the DSL does not model: metadata, runtimeConfiguration, limit',
    ]);
    const code = flow('Shapes').code;
    expect(code).toContain("extra: { operationOptions: 'Sequential' }");
    expect(code).toContain('extra: { else: undefined }');
    expect(code).toContain("['a', () => {}, 'Case']");
    expect(code).toMatch(/\[\s*'b',\s*\(b\) => \{[^]*?'Case_2',?\s*\]/);
    expect(code).toContain("limit: { count: \"@parameters('Limit (x_limit)')\", timeout: 'PT1H' }");
    expect(code).toContain("flowSystemMetadata: { swaggerOperationId: 'GetItem' }");
  });

  it('writes raw what it cannot type, declaring what the raw JSON uses', () => {
    expect(notes('Shapes', 'raw')).toEqual([
      'Init_n: written raw: initial value of \'n\': "5" is not an integer',
      "Set_n: written raw: variable 'n' has no typed handle before this action (its Initialize variable is raw, later, or spelt differently)",
      "Legacy: written raw: the DSL does not model 'ApiConnection' actions",
    ]);
    expect(flow('Shapes').code).toMatch(/environmentVariables: \[limit\]/);
  });

  it('types values exactly: escapes, templates, environment variables inside expressions, variable handles', () => {
    const code = flow('Shapes').code;
    // `@@` at the start makes the whole value literal (its `@@{` stays as written): the DSL escapes it back.
    expect(code).toContain("b.compose('In b', '@not an expression, @@{nor this}')");
    expect(code).toContain("$.raw`concat('a', ${limit})`");
    expect(code).toContain('text: $.text`${limit} items`');
    expect(code).toContain('$.text`${$.raw("\'}\'")} and ${$.raw("outputs(\'Branch_A\')")}`');
    expect(code).toMatch(/f\.foreach\(\s*'Loop',\s*items\.value,/);
  });

  it('orders statements by runAfter, writing runAfter only where statement order does not give it', () => {
    const code = flow('Shapes').code;
    expect(code).toMatch(/const getRow = f\.dataverse\.getRow/);
    expect(code).toMatch(/'Branch B',[^]*runAfter: \[\[getRow, 'Failed', 'Skipped'\]\]/);
    expect(code).toMatch(/'Joined',[^]*runAfter: \[\[branchA\], \[branchB\], \[legacy, 'TimedOut'\]\]/);
  });

  it("calls a child behind a raw trigger through raw JSON, by the child's rebuilt id", () => {
    expect(notes('Parent', 'raw')).toEqual([
      'Run: written raw: child flow 22222222-2222-2222-2222-222222222222 is not among the imported flows (or its trigger is not a typed manual trigger)',
    ]);
    expect(notes('Parent', 'info')[0]).toMatch(
      /^Run: child flow 22222222-2222-2222-2222-222222222222 is called by its rebuilt id [0-9a-f-]{36}/,
    );
    expect(flow('Parent').roundTrip!.comparison!.applied).toContain('childFlowIds');
  });

  it('keys flows that share a display name by their original id', () => {
    expect(result.flows.filter((f) => f.source.name === 'Twin').map((f) => [f.file, /key: '([^']+)'/.exec(f.code)?.[1]])).toEqual(
      [
        ['twin.flow.ts', '44444444-4444-4444-4444-444444444444'],
        ['twin-2.flow.ts', '55555555-5555-5555-5555-555555555555'],
      ],
    );
  });

  it('generated modules typecheck under the project tsconfig', () => {
    expect(typeErrors(path.join(dir, 'out'))).toEqual([]);
  });
});
