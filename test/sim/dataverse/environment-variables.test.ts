// Environment variable definitions and values: the tables' real columns and lookup, the seed of the solution's
// variables, and the reads and upsert "Partner Center Referrals Reconciliation" makes for its watermark.
import { describe, expect, it } from 'vitest';
import type { ConnectorRequest } from '../../../src/sim/contracts';
import {
  DATAVERSE_API_NAME,
  dataverseAdapter,
  environmentVariableDefinitionId,
  environmentVariableValueId,
} from '../../../src/sim/dataverse';
import { loadSolutionConfig } from '../../../src/solution/config';
import { SOLUTION_YAML } from '../../../src/solution/schema/paths';
import { startDouble } from './helpers';

const WATERMARK = 'cosell_reconciliationwatermark';
const variables = loadSolutionConfig(SOLUTION_YAML).environmentVariables;

describe('Dataverse double: environment variables', () => {
  it('seeds a definition row per variable (type code, default as text) and a value row per given value', async () => {
    const { double } = await startDouble();
    double.seedEnvironmentVariables(variables, { cosell_showcheckmark: false });
    expect(double.rows('environmentvariabledefinitions').map((r) => r.schemaname)).toEqual(
      variables.map((v) => v.schemaName),
    );
    expect(
      double.get('environmentvariabledefinitions', environmentVariableDefinitionId('cosell_showcheckmark')),
    ).toMatchObject({
      schemaname: 'cosell_showcheckmark',
      displayname: 'Show Checkmark',
      type: 100000002,
      defaultvalue: 'yes',
      statecode: 0,
    });
    expect(double.get('environmentvariabledefinitions', environmentVariableDefinitionId(WATERMARK))).toMatchObject({
      type: 100000000,
      defaultvalue: null,
    });
    expect(double.rows('environmentvariablevalues')).toEqual([
      expect.objectContaining({
        environmentvariablevalueid: environmentVariableValueId('cosell_showcheckmark'),
        schemaname: 'cosell_showcheckmark',
        value: 'no',
        _environmentvariabledefinitionid_value: environmentVariableDefinitionId('cosell_showcheckmark'),
      }),
    ]);
    expect(() => double.seedEnvironmentVariables(variables, { cosell_nosuch: 'x' })).toThrow(/cosell_nosuch/);
  });

  it('values bind their definition through EnvironmentVariableDefinitionId; deleting a definition deletes its values', async () => {
    const { double, json } = await startDouble();
    double.seedEnvironmentVariables(variables);
    const definition = environmentVariableDefinitionId(WATERMARK);
    const lower = await json('POST', 'environmentvariablevalues', {
      body: {
        value: 'x',
        'environmentvariabledefinitionid@odata.bind': `environmentvariabledefinitions(${definition})`,
      },
    });
    expect([lower.status, lower.body.error.message]).toEqual([
      400,
      expect.stringContaining("An undeclared property 'environmentvariabledefinitionid'"),
    ]);
    const byValue = await json('POST', 'environmentvariablevalues', {
      body: { value: 'x', _environmentvariabledefinitionid_value: definition },
    });
    expect(byValue.body.error.message).toMatch(/Use Navigation properties instead/);
    const ok = await json('POST', 'environmentvariablevalues', {
      body: {
        value: 'x',
        'EnvironmentVariableDefinitionId@odata.bind': `environmentvariabledefinitions(${definition})`,
      },
    });
    expect(ok.status).toBe(204);
    // SchemaName is not valid for update: a PATCH leaves it as it was.
    await json('PATCH', `environmentvariabledefinitions(${definition})`, { body: { schemaname: 'renamed' } });
    expect(double.get('environmentvariabledefinitions', definition)!.schemaname).toBe(WATERMARK);
    double.delete('environmentvariabledefinitions', definition, 'system');
    expect(double.rows('environmentvariablevalues')).toEqual([]);
  });

  it("the reconciliation's watermark: find the definition, its value row, upsert the value", async () => {
    const { double } = await startDouble();
    double.seedEnvironmentVariables(variables);
    const adapter = dataverseAdapter(double);
    const call = async (operationId: string, parameters: Record<string, unknown>) =>
      adapter.invoke({
        apiName: DATAVERSE_API_NAME,
        operationId,
        parameters,
        identity: 'sync',
      } satisfies ConnectorRequest);
    const rows = async (parameters: Record<string, unknown>) =>
      ((await call('ListRecords', parameters)).body as { value: Record<string, unknown>[] }).value;

    const [definition] = await rows({
      entityName: 'environmentvariabledefinitions',
      $select: 'environmentvariabledefinitionid',
      $filter: `schemaname eq '${WATERMARK}'`,
      $top: 1,
    });
    const definitionId = definition!.environmentvariabledefinitionid as string;
    expect(definitionId).toBe(environmentVariableDefinitionId(WATERMARK));
    const current = {
      entityName: 'environmentvariablevalues',
      $select: 'environmentvariablevalueid,value',
      $filter: `_environmentvariabledefinitionid_value eq ${definitionId}`,
      $top: 1,
    };
    expect(await rows(current)).toEqual([]);

    const id = '0f5a3c2e-1111-4222-8333-444455556666';
    const created = await call('UpdateRecord', {
      entityName: 'environmentvariablevalues',
      recordId: id,
      item: {
        value: '2026-03-02T09:00:00Z',
        schemaname: WATERMARK,
        'EnvironmentVariableDefinitionId@odata.bind': `environmentvariabledefinitions(${definitionId})`,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(await rows(current)).toEqual([
      expect.objectContaining({ environmentvariablevalueid: id, value: '2026-03-02T09:00:00Z' }),
    ]);
    const moved = await call('UpdateRecord', {
      entityName: 'environmentvariablevalues',
      recordId: id,
      item: { value: '2026-03-02T10:00:00Z' },
    });
    expect(moved.statusCode).toBe(200);
    expect(double.get('environmentvariablevalues', id)).toMatchObject({
      value: '2026-03-02T10:00:00Z',
      schemaname: WATERMARK,
      _environmentvariabledefinitionid_value: definitionId,
    });
  });
});
