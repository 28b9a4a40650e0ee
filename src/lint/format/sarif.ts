// SARIF 2.1.0 for GitHub code scanning: every rule with help text; each result at its TS line when the flow came
// from flows-src, else in the workflow JSON (or zip), with a logical location `<flow>/<action path>`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { LintFinding } from '../finding';
import type { LintRule } from '../rule';
import { DIRECTIVE } from '../suppressions';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SECURITY = new Set(['secret-literal', 'secure-data-missing', 'embedded-connection', 'hardcoded-environment-value']);

type SarifLog = ReturnType<SarifBuilder['buildSarifOutput']>;
type SarifResult = SarifResultBuilder['result'];

const toolVersion = (): string => {
  try {
    return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
};

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function ruleOf(rule: LintRule): SarifRuleBuilder {
  const { id, severity, description, why, fix } = rule.meta;
  const suppress = `Suppress one finding, with a reason, in the action's description: \`${DIRECTIVE} ${id}: <why this is fine here>\`.`;
  return new SarifRuleBuilder({
    id,
    name: pascal(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${why}` },
    help: { text: `${description}\n\nWhy: ${why}\n\nFix: ${fix}\n\n${suppress}`, markdown: `${description}\n\n**Why.** ${why}\n\n**Fix.** ${fix}\n\n${suppress}` },
    defaultConfiguration: { level: severity },
    properties: {
      tags: ['power-automate', ...(SECURITY.has(id) ? ['security'] : [])],
      ...(SECURITY.has(id) ? { 'security-severity': severity === 'error' ? '8.0' : '5.0' } : {}),
    },
  });
}

function resultOf(f: LintFinding): SarifResultBuilder {
  const at = /^(.*):(\d+)$/.exec(f.source ?? '');
  const uri = at ? at[1]! : f.file;
  const line = at ? Number(at[2]) : f.line;
  const where = f.path ? `, ${f.path}` : '';
  const result: SarifResult = {
    ruleId: f.rule,
    level: f.severity,
    message: { text: `${f.flow}${where}: ${f.message}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: uri.split('\\').join('/') }, ...(line ? { region: { startLine: line } } : {}) },
        logicalLocations: [{ name: f.path?.split('/').pop() ?? f.flow, fullyQualifiedName: `${f.flow}${f.path ? `/${f.path}` : ''}`, kind: 'member' }],
      },
    ],
    partialFingerprints: {
      'cosellLint/v1': createHash('sha256').update([f.rule, f.flow, f.path, f.field, f.message].join('\u001f')).digest('hex'),
    },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    ...(f.entry ? { properties: { entry: f.entry } } : {}),
  };
  return new SarifResultBuilder(result);
}

export function toSarif(findings: readonly LintFinding[], rules: readonly LintRule[]): SarifLog {
  const builder = new SarifBuilder({ $schema: SARIF_SCHEMA, version: '2.1.0' });
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'cosell-lint', toolDriverVersion: toolVersion() });
  for (const rule of rules) run.addRule(ruleOf(rule));
  for (const f of findings) run.addResult(resultOf(f));
  builder.addRun(run);
  return builder.buildSarifOutput();
}

export const formatSarif = (findings: readonly LintFinding[], rules: readonly LintRule[]) => `${JSON.stringify(toSarif(findings, rules), null, 2)}\n`;
