// Test support for scenario files: the frozen receiver skeleton (fixtures/flows), compiled once, and a parser
// for inline YAML.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FlowSet, type Scenario, compileProject, parseScenario, runScenario } from '../../../src/sim/scenario';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'sim', 'scenario', 'fixtures');
export const FIXTURE_FLOWS = join(FIXTURES, 'flows');
export const CLI = join(ROOT, 'scripts', 'cosell.mjs');

let flows: Promise<FlowSet> | undefined;
/** The fixture flows (the webhook receiver skeleton), compiled once per test file. */
export const fixtureFlows = () => (flows ??= compileProject(ROOT, { flowsDir: FIXTURE_FLOWS }));

export const parse = (yaml: string, file = 'inline.yaml'): Scenario => parseScenario(yaml, file);

/** Parses and runs an inline scenario against the fixture flows. */
export async function simulate(yaml: string) {
  return runScenario(parse(yaml), await fixtureFlows());
}

/** A referral body as a Microsoft seller fills it in (partnerCenter.createReferral as: microsoft). */
export const MICROSOFT_REFERRAL = `
        name: Contoso ERP rollout
        customerProfile:
          name: Contoso
          address: { addressLine1: 1 Main St, city: Redmond, state: WA, postalCode: "98052", country: US }
          team: [ { firstName: Sue, lastName: Smith, email: sue@contoso.com } ]
        details: { dealValue: 50000, currency: USD, closingDateTime: "2026-06-30T00:00:00Z" }`;
