// Simulator figures from the scenarios of test/scenarios, run against the flows of flows-src: metered action
// executions per synced referral (what a customer's request entitlement pays per referral) and wall time.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileProject, readScenario, runScenario } from '../../src/sim/scenario';
import { type BenchRow, medianMs } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'test', 'scenarios');

export async function run(): Promise<BenchRow[]> {
  const flows = await compileProject(root);
  const rows: BenchRow[] = [];
  let executions = 0;
  let referrals = 0;
  let allExecutions = 0;
  let allMs = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const scenario = readScenario(relative(process.cwd(), join(dir, file)));
    const label = file.replace(/\.yaml$/, '').replace(/^webhook-receiver-/, '');
    const result = await runScenario(scenario, flows);
    if (!result.passed) throw new Error(`${file}: the scenario fails; run \`npx cosell simulate ${relative(process.cwd(), join(dir, file))}\``);
    if (result.syncedReferrals) {
      executions += result.meter.total;
      referrals += result.syncedReferrals;
      rows.push({ name: `${label}: executions/synced referral`, unit: 'executions', value: result.meter.total / result.syncedReferrals });
    } else {
      rows.push({ name: `${label}: executions, none synced`, unit: 'executions', value: result.meter.total });
    }
    const ms = await medianMs(5, () => runScenario(scenario, flows));
    rows.push({ name: `${label}: wall time`, unit: 'median ms', value: ms });
    allExecutions += result.meter.total;
    allMs += ms;
  }
  if (referrals) rows.push({ name: 'all: executions/synced referral', unit: 'executions', value: executions / referrals });
  // Wall time includes the doubles' HTTP round trips on loopback, unlike simulator.bench.ts's synthetic flows.
  rows.push({ name: 'all: executions per second of wall time', unit: 'executions/s', value: allExecutions / (allMs / 1000) });
  return rows;
}
