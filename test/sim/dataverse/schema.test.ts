// The double's table metadata comes from solution-template/schema/dataverse.yaml through the schema loader:
// the solution's columns, choices and custom tables are the packaged ones, and a schema change changes the double.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/sim/dataverse';
import { MicrosoftHelp, ReferralVisibility, SolutionType } from '../../../src/solution/schema/options';
import { SCHEMA_YAML } from '../../../src/solution/schema/paths';
import { fixedClock, startDouble } from './helpers';
import { DataverseDouble } from '../../../src/sim/dataverse';

describe('Dataverse double: table metadata', () => {
  const catalog = loadCatalog();
  const opportunity = catalog.table('opportunity');
  const col = (t: string, c: string) => catalog.column(catalog.table(t), c);

  it('adds the solution columns to opportunity with their types, lengths and option values', () => {
    expect(col('opportunity', 'cosell_syncwithpartnercenter')).toMatchObject({ kind: 'boolean', defaultValue: false });
    expect(col('opportunity', 'cosell_referralidentifier')).toMatchObject({ kind: 'string', maxLength: 100 });
    expect(col('opportunity', 'cosell_referrallink')).toMatchObject({ kind: 'string', maxLength: 500, format: 'url' });
    expect(col('opportunity', 'cosell_audit')).toMatchObject({ kind: 'memo', maxLength: 100000 });
    expect(col('opportunity', 'cosell_referralvisibility')!.options!.map((o) => o.value)).toEqual(
      Object.values(ReferralVisibility),
    );
    expect(col('opportunity', 'cosell_referralvisibility')!.defaultValue).toBe(ReferralVisibility.Hidden);
    expect(col('opportunity', 'cosell_microsofthelp')).toMatchObject({ kind: 'multiselect' });
    expect(col('opportunity', 'cosell_microsofthelp')!.options!.map((o) => o.value)).toEqual(
      Object.values(MicrosoftHelp),
    );
    // Solution columns sit before the state and platform columns.
    const names = opportunity.columns.map((c) => c.logicalName);
    expect(names.indexOf('cosell_audit')).toBeLessThan(names.indexOf('statecode'));
  });

  it('defines the custom tables with their entity sets, primary columns, lookups and relationships', () => {
    const detail = catalog.set('cosell_solutiondetails')!;
    expect(detail).toMatchObject({
      logicalName: 'cosell_solutiondetail',
      primaryId: 'cosell_solutiondetailid',
      primaryName: 'cosell_name',
    });
    expect(col('cosell_solutiondetail', 'cosell_name')!.maxLength).toBe(200);
    expect(col('cosell_solutiondetail', 'cosell_solutiontype')!.options!.map((o) => o.value)).toEqual(
      Object.values(SolutionType),
    );
    expect(col('cosell_partnercentersolution', 'cosell_opportunity')!.navigations).toEqual([
      {
        name: 'cosell_Opportunity',
        target: 'opportunity',
        relationship: 'cosell_partnercentersolution_Opportunity_opportunity',
        cascadeDelete: 'Cascade',
      },
    ]);
    expect(col('cosell_partnercentersolution', 'cosell_solutiondetail')!.navigations![0]).toMatchObject({
      name: 'cosell_SolutionDetail',
      cascadeDelete: 'Restrict',
    });
  });

  it('serves the Sales tables with their real columns and lookups', () => {
    expect(catalog.tables.map((t) => t.setName)).toEqual(
      expect.arrayContaining([
        'opportunities',
        'accounts',
        'contacts',
        'leads',
        'transactioncurrencies',
        'cosell_solutiondetails',
        'cosell_partnercentersolutions',
        'environmentvariabledefinitions',
        'environmentvariablevalues',
      ]),
    );
    expect(col('opportunity', 'customerid')!.navigations!.map((n) => n.name)).toEqual([
      'customerid_account',
      'customerid_contact',
    ]);
    expect(col('contact', 'parentcustomerid')!.navigations!.map((n) => n.name)).toEqual([
      'parentcustomerid_account',
      'parentcustomerid_contact',
    ]);
    expect(col('lead', 'statuscode')!.options!.find((o) => o.value === 5)).toEqual({
      value: 5,
      label: 'Cannot Contact',
      state: 2,
    });
    expect(col('account', 'websiteurl')).toMatchObject({ maxLength: 200, format: 'url' });
    for (const t of ['account', 'contact', 'lead']) {
      for (const n of [1, 2]) {
        expect([250, 250, 250, 80, 50, 20, 80]).toEqual(
          ['line1', 'line2', 'line3', 'city', 'stateorprovince', 'postalcode', 'country'].map(
            (part) => col(t, `address${n}_${part}`)?.maxLength,
          ),
        );
      }
    }
    expect(col('opportunity', 'statecode')).toMatchObject({ validForCreate: false, rejectOnCreate: true });
    expect(col('account', 'statecode')!.validForCreate).toBe(false);
  });

  it('follows the schema YAML: a changed length is the length the double enforces', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dv-schema-'));
    const yaml = path.join(dir, 'dataverse.yaml');
    const text = readFileSync(SCHEMA_YAML, 'utf8');
    const changed = text.replace(/(schemaName: cosell_ReferralIdentifier\n\s+type: text\n\s+maxLength:) 100/, '$1 12');
    expect(changed).not.toBe(text);
    writeFileSync(yaml, changed);
    const double = new DataverseDouble({ clock: fixedClock(), catalog: loadCatalog(yaml) });
    expect(() =>
      double.create('opportunities', { name: 'Deal', cosell_referralidentifier: 'x'.repeat(13) }, 'sync'),
    ).toThrow("maximum allowed length of '12'");
    const { double: standard } = await startDouble();
    expect(
      standard.create('opportunities', { name: 'Deal', cosell_referralidentifier: 'x'.repeat(13) }, 'sync')
        .cosell_referralidentifier,
    ).toHaveLength(13);
  });
});
