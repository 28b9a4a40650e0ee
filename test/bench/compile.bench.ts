// Compile time of the project's flows, and of ten times as many synthetic flows, side by side.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAll, loadFlows } from '../../src/compile/build';
import { formatJson } from '../../src/compile/format';
import { $, flow, manual } from '../../src/dsl';
import { loadSolutionConfig } from '../../src/solution/config';
import { type BenchRow, medianMs } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A synthetic flow of `n` chained actions with expressions, an If and a loop. */
const synthetic = (i: number, n = 30) =>
  flow(`Synthetic ${i}`, (f) => {
    f.trigger(manual());
    const v = f.variable<number>('total', 'integer', 0);
    let last = f.compose('Start', 1);
    for (let k = 0; k < n; k++) last = f.compose(`Step ${k}`, $.add(last.output, k));
    f.foreach('Each', $.createArray(1, 2, 3), (b, item) => {
      b.if('Big', $.greater(item, 1), { yes: (y) => y.increment(v, item) });
    });
  });

export async function run(): Promise<BenchRow[]> {
  const project = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const { flows } = await loadFlows(join(root, 'flows-src'), root);
  const compileAndFormat = async (list: { file: string; flow: ReturnType<typeof flow> }[]) => {
    const { compiled } = compileAll(list, project);
    for (const c of compiled) await formatJson(c.clientdata);
  };
  const one = Array.from({ length: 10 }, (_, i) => ({ file: `s${i}`, flow: synthetic(i) }));
  const ten = Array.from({ length: 100 }, (_, i) => ({ file: `s${i}`, flow: synthetic(i) }));
  const project1 = await medianMs(5, () => compileAndFormat(flows));
  const t1 = await medianMs(5, () => compileAndFormat(one));
  const t10 = await medianMs(3, () => compileAndFormat(ten));
  return [
    { name: `compile flows-src (${flows.length} flow)`, unit: 'ms', value: project1 },
    { name: '10 synthetic flows (32 actions each)', unit: 'ms', value: t1 },
    { name: '100 synthetic flows', unit: 'ms', value: t10, ratio: { against: 'vs 10 flows', value: t10 / t1, goal: '<= 10x, linear' } },
  ];
}
