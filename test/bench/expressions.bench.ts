// Expression evaluations per second: pre-parsed (compiled once), with parsing every time, and through the string cache.
import { compileParsed, evaluateValue, parseValue, type EvaluationContext } from '../../src/expr';
import type { BenchRow } from './harness';

const context: EvaluationContext = {
  variables: { x: 'b' },
  trigger: { outputs: { headers: {}, body: { a: 1 } } },
};

const CASES = ["@concat('a', variables('x'))", "@equals(triggerBody()?['a'], 1)"];
const GOAL = 100_000;

/** Results are kept here so no evaluation can be optimized away. */
let sink = 0;
const keep = (v: unknown) => (sink += v === true || typeof v === 'string' ? 1 : 0);

/** Median evaluations per second over `rounds` timed batches of `batch` calls. */
function perSecond(fn: () => unknown, batch = 20_000, rounds = 7): number {
  for (let i = 0; i < batch; i++) keep(fn()); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) keep(fn());
    rates.push(batch / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const value of CASES) {
    const compiled = compileParsed(parseValue(value), value);
    const measured: [string, number][] = [
      ['pre-parsed', perSecond(() => compiled(context))],
      ['parse+eval', perSecond(() => compileParsed(parseValue(value), value)(context))],
      ['str cache', perSecond(() => evaluateValue(value, context))],
    ];
    for (const [mode, rate] of measured) {
      rows.push({ name: `${value} ${mode}`, unit: 'evaluations/s', value: rate, ratio: { against: 'vs 100k/s goal', value: rate / GOAL, goal: '>= 1x' } });
    }
  }
  if (sink === 0) throw new Error('no evaluation produced a result');
  return rows;
}
