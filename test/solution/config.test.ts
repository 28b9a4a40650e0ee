// solution.yaml: the project's file loads; bad input fails with the YAML line and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigError, parseSolutionConfig } from '../../src/solution/config';
import { ROOT } from './helpers';

const FILE = 'solution.yaml';
const good = readFileSync(join(ROOT, 'solution-template', 'solution.yaml'), 'utf8');

/** The ConfigError's `file:line: field: message` lines for `yaml`. */
function errorsOf(yaml: string): string[] {
  try {
    parseSolutionConfig(yaml, FILE);
  } catch (e) {
    if (e instanceof ConfigError) return e.message.split('\n');
    throw e;
  }
  return [];
}

describe('solution.yaml', () => {
  it('holds the solution, publisher, environment variables and the connection references', () => {
    const { config } = parseSolutionConfig(good, FILE);
    expect(config.solution).toMatchObject({
      uniqueName: 'PartnerCenterReferralsSync',
      displayName: 'Partner Center Referrals Synchronization for Dynamics 365',
    });
    expect(config.publisher.prefix).toBe('cosell');
    // Every variable the file declares, in its order, with its type and default as written...
    const declared = (parseYaml(good) as { environmentVariables: Record<string, unknown>[] }).environmentVariables;
    expect(declared.length).toBeGreaterThan(0);
    expect(config.environmentVariables.map((e) => [e.schemaName, e.type, e.defaultValue])).toEqual(
      declared.map((e) => [e.schemaName, e.type, e.defaultValue]),
    );
    // ...among them a Boolean, and variables that are intentionally left without a default.
    const byName = new Map(config.environmentVariables.map((e) => [e.schemaName, e]));
    expect(byName.get('cosell_showcheckmark')).toMatchObject({ type: 'Boolean', defaultValue: true });
    expect(byName.get('cosell_dealvaluecolumn')).toMatchObject({ type: 'String', defaultValue: 'estimatedvalue' });
    expect(byName.get('cosell_syncuserid')).toMatchObject({ type: 'String' });
    expect(byName.get('cosell_syncuserid')!.defaultValue).toBeUndefined();
    expect(byName.get('cosell_reconciliationwatermark')).toMatchObject({ type: 'String' });
    expect(byName.get('cosell_reconciliationwatermark')!.defaultValue).toBeUndefined();
    expect(config.connectionReferences.find((r) => r.logicalName === 'cosell_Dataverse')?.connector).toBe(
      'shared_commondataserviceforapps',
    );
    for (const r of config.connectionReferences.filter((x) => x.customConnector)) expect(r.customConnector!.length).toBeLessThanOrEqual(30);
  });

  it('accepts a dataverse section of any shape (the schema producer validates it)', () => {
    const { config } = parseSolutionConfig(`${good}\ndataverse:\n  tables: [{ anything: 1 }]\n`, FILE);
    expect(config.dataverse).toEqual({ tables: [{ anything: 1 }] });
  });

  it('names the line and field of a wrong type, an unknown key and a bad enum value', () => {
    const yaml = good
      .replace('  version: 1.0.0.0', '  version: 1.0')
      .replace('  optionValuePrefix: 62018', '  optionValuePrefix: 62018\n  colour: red')
      .replace('    type: String\n    defaultValue: estimatedvalue', '    type: Text\n    defaultValue: estimatedvalue');
    const lines = yaml.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(errorsOf(yaml)).toEqual([
      `${FILE}:${lineOf('version: 1.0')}: solution.version: must be string; quote the value (got 1)`,
      `${FILE}:${lineOf('colour: red')}: publisher.colour: unknown key 'colour'`,
      `${FILE}:${lineOf('type: Text')}: environmentVariables[1].type: must be one of String, Number, Boolean, JSON (got "Text")`,
    ]);
  });

  it('names a missing required key at its parent', () => {
    const yaml = good.replace('    displayName: Partner Center Referrals Sync | Microsoft Dataverse\n', '');
    const line = yaml.split('\n').findIndex((l) => l.includes('logicalName: cosell_Dataverse')) + 1;
    expect(errorsOf(yaml)).toEqual([`${FILE}:${line}: connectionReferences[0]: missing required key 'displayName'`]);
  });

  it('rejects names without the publisher prefix, duplicates, and defaults that do not fit their type', () => {
    const yaml = good
      .replace('schemaName: cosell_dealvaluecolumn', 'schemaName: other_dealvaluecolumn')
      .replace('schemaName: cosell_countrycodecolumn', 'schemaName: cosell_ShowCheckmark')
      .replace('    defaultValue: true', '    defaultValue: maybe');
    const errors = errorsOf(yaml);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      /^solution\.yaml:\d+: environmentVariables\[0\]\.defaultValue: a Boolean default must be true, false, yes or no \(got "maybe"\)$/,
    );
    expect(errors[1]).toMatch(/environmentVariables\[1\]\.schemaName: must start with the publisher prefix 'cosell_'$/);
    expect(errors[2]).toMatch(/environmentVariables\[2\]\.schemaName: environment variable 'cosell_ShowCheckmark' is declared twice/);
  });

  it('limits a custom connector name to 30 characters', () => {
    const yaml = good.replace(
      '    connector: shared_commondataserviceforapps',
      '    connector: shared_x\n    customConnector: cosell_5Fpartner-20center-20referrals',
    );
    expect(errorsOf(yaml).join('\n')).toMatch(/connectionReferences\[0\]\.customConnector: must NOT have more than 30 characters/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorsOf('solution:\n  uniqueName: [unclosed\n')[0]).toMatch(/^solution\.yaml:\d+: /);
  });
});
