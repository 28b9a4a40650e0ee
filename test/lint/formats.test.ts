// Output formats: human lines, JSON, and SARIF 2.1.0 as GitHub code scanning reads it.
import { describe, expect, it } from 'vitest';
import { type LintFinding, RULES, SARIF_SCHEMA, formatFinding, formatHuman, formatJson, toSarif } from '../../src/lint';
import { lintFixture } from './helpers';

const base = { rule: 'external-call-no-retry', severity: 'warning', flow: 'Orders', message: 'never retries' } as const;
const fromTs: LintFinding = { ...base, file: 'flows-src/orders.flow.ts', source: 'flows-src/orders.flow.ts:12', path: 'Try/Call', field: 'inputs.retryPolicy' };
const fromJson: LintFinding = { ...base, rule: 'secret-literal', severity: 'error', file: 'exports/Orders-1.json', line: 40, path: 'Call', message: 'holds a literal credential' };
const inZip: LintFinding = { ...base, file: 'dist/Solution.zip', entry: 'Workflows/Orders-1.json', path: 'connectionReferences/shared_x' };
const suppressed: LintFinding = { ...fromJson, severity: 'warning', rule: 'hardcoded-environment-value', suppressed: { reason: 'a public, fixed endpoint' } };

describe('human format', () => {
  it('locates a finding at its TS line when the flow came from TS, else at the JSON file and line', () => {
    expect(formatFinding(fromTs)).toBe(
      "warning: flows-src/orders.flow.ts:12: flow 'Orders': action 'Try/Call' (inputs.retryPolicy): never retries [external-call-no-retry]",
    );
    expect(formatFinding(fromJson)).toBe("error: exports/Orders-1.json:40: flow 'Orders': action 'Call': holds a literal credential [secret-literal]");
    expect(formatFinding(inZip)).toBe(
      "warning: dist/Solution.zip:Workflows/Orders-1.json: flow 'Orders': connection reference 'shared_x': never retries [external-call-no-retry]",
    );
  });

  it('lists unsuppressed findings, then counts; --quiet keeps errors', () => {
    const all = [fromTs, fromJson, suppressed];
    expect(formatHuman(all, { flowCount: 2 }).trimEnd().split('\n')).toEqual([
      formatFinding(fromTs),
      formatFinding(fromJson),
      '1 error, 1 warning, 0 notes in 2 flows (1 suppressed)',
    ]);
    expect(formatHuman(all, { quiet: true }).trimEnd().split('\n')).toEqual([formatFinding(fromJson), '1 error, 1 warning, 0 notes (1 suppressed)']);
    expect(formatHuman(all, { suppressed: true })).toContain('(suppressed: a public, fixed endpoint)');
  });
});

describe('JSON format', () => {
  it('holds the summary and every finding, suppressed ones with their reason', () => {
    const out = JSON.parse(formatJson([fromTs, fromJson, suppressed], 2));
    expect(out.summary).toEqual({ errors: 1, warnings: 1, notes: 0, suppressed: 1 });
    expect(out.flows).toBe(2);
    expect(out.findings).toEqual([fromTs, fromJson, suppressed]);
  });
});

describe('SARIF format', () => {
  const log = toSarif([fromTs, fromJson, inZip, suppressed], RULES) as any; // SARIF is JSON

  it('is a SARIF 2.1.0 log with one run of cosell-lint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('cosell-lint');
    expect(log.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('describes every rule with help text and its default level', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const [i, r] of rules.entries()) {
      expect(r.shortDescription.text).toBe(RULES[i]!.meta.description);
      expect(r.help.text).toContain(RULES[i]!.meta.why);
      expect(r.help.text).toContain(`cosell-lint-disable ${r.id}:`);
      expect(r.defaultConfiguration.level).toBe(RULES[i]!.meta.severity);
    }
    const secret = rules.find((r: any) => r.id === 'secret-literal');
    expect(secret.properties.tags).toContain('security');
    expect(secret.properties['security-severity']).toBe('8.0');
  });

  it('gives each result its rule, level, message and locations: TS line, else the JSON file, with a logical location', () => {
    const [ts, json, zip, supp] = log.runs[0].results;
    for (const r of log.runs[0].results) {
      expect(typeof r.ruleId).toBe('string');
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.locations).toHaveLength(1);
      expect(r.ruleIndex).toBe(RULES.findIndex((x) => x.meta.id === r.ruleId));
      expect(r.partialFingerprints['cosellLint/v1']).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(ts.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'flows-src/orders.flow.ts' }, region: { startLine: 12 } });
    expect(ts.locations[0].logicalLocations[0]).toEqual({ name: 'Call', fullyQualifiedName: 'Orders/Try/Call', kind: 'member' });
    expect(json.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'exports/Orders-1.json' }, region: { startLine: 40 } });
    expect(json.level).toBe('error');
    expect(zip.locations[0].physicalLocation.artifactLocation.uri).toBe('dist/Solution.zip');
    expect(zip.locations[0].physicalLocation.region).toBeUndefined();
    expect(zip.properties.entry).toBe('Workflows/Orders-1.json');
    expect(supp.suppressions).toEqual([{ kind: 'inSource', justification: 'a public, fixed endpoint' }]);
    expect(ts.suppressions).toBeUndefined();
  });

  it('lists each artifact once', async () => {
    const real = toSarif(await lintFixture('secret-literal', 'bad'), RULES) as any;
    const uris = real.runs[0].artifacts.map((a: any) => a.location.uri);
    expect(uris).toEqual(['test/lint/fixtures/secret-literal/bad.json']);
    expect(real.runs[0].results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.index === 0)).toBe(true);
  });
});
