// Real results for the report tests: a passing and a failing scenario run against the receiver skeleton.
import { join, relative } from 'node:path';
import { type ScenarioResult, readScenario, runScenario } from '../../../src/sim/scenario';
import { FIXTURES, ROOT, fixtureFlows } from '../scenario/helpers';

export async function fixtureResults(): Promise<ScenarioResult[]> {
  const flows = await fixtureFlows();
  const out: ScenarioResult[] = [];
  for (const name of ['passing.yaml', 'failing-run.yaml']) {
    out.push(await runScenario(readScenario(relative(ROOT, join(FIXTURES, name))), flows));
  }
  return out;
}
