// `cosell build` against its floor — node plus archiver zipping the same dist/solution tree — measured side by side,
// and the same build, lint included, with ten times the flows.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipArchive } from 'archiver';
import { build, loadFlows } from '../../src/compile/build';
import { $, type Expr, Flow, type FlowBuilder, HttpRequestTrigger, type HttpRequestOptions, type Trigger } from '../../src/dsl';
import { type BenchRow, medianMs } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 21;

/** The floor: read every file of an unpacked tree and zip it with archiver, as the build's zips are made. */
async function zipTree(dir: string, out: string): Promise<void> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const zip = new ZipArchive({ zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  zip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  for (const f of files) zip.append(readFileSync(f), { name: relative(dir, f).split(sep).join('/'), date: new Date(0) });
  await zip.finalize();
  await done;
  writeFileSync(out, Buffer.concat(chunks));
}

/**
 * The body of copy `n`: the flow's own, except that an HTTP request trigger without conditions only accepts requests
 * for this copy (a condition on a header), as ten receivers of one system would. Without it, each copy's writes to
 * that system could fire every other copy's webhook: a loop the bidirectional-sync-loop rule rightly reports.
 */
function copyBody(body: (f: FlowBuilder) => void, n: number): (f: FlowBuilder) => void {
  return (f) => {
    const set = f.trigger.bind(f);
    f.trigger = <T extends Trigger>(trigger: T): T => {
      if (!(trigger instanceof HttpRequestTrigger)) return set(trigger);
      // The trigger's options are private; benchmarks read them to add the condition.
      const options = Reflect.get(trigger, 'o') as HttpRequestOptions<unknown>;
      if (options.conditions?.length) return set(trigger);
      const conditions: Expr<boolean>[] = [];
      const copy = new HttpRequestTrigger({ ...options, conditions });
      conditions.push($.equals(copy.headers['x-cosell-copy']!, String(n)));
      return set(copy as unknown as T);
    };
    body(f);
  };
}

/**
 * The project's flows plus `count - 1` renamed copies of each, so every copy gets its own workflow id. The
 * originals stay in the set: copies still call the original child flows, which must be part of the build.
 */
function copies(flows: { file: string; flow: Flow }[], count: number): { file: string; flow: Flow }[] {
  return flows.flatMap(({ file, flow }) => [
    { file, flow },
    ...Array.from({ length: count - 1 }, (_, i) => {
      // The flow's builder callback is private; benchmarks re-run it under another name.
      const body = Reflect.get(flow, 'body') as (f: FlowBuilder) => void;
      const key = flow.key === undefined ? undefined : `${flow.key} ${i + 1}`;
      return { file: `${file}#${i + 1}`, flow: new Flow(`${flow.displayName} ${i + 1}`, copyBody(body, i + 1), { ...flow.options, key }) };
    }),
  ]);
}

export async function run(): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), 'cosell-bench-'));
  const outTen = mkdtempSync(join(tmpdir(), 'cosell-bench-10x-'));
  try {
    const { flows } = await loadFlows(join(root, 'flows-src'), root);
    const ten = copies(flows, 10);
    // The same build both times, lint included: the project's flows, then ten times as many.
    const buildOne = () => build({ root, outDir: out });
    const buildTen = () => build({ root, outDir: outTen, flows: ten });
    const floorOne = () => zipTree(join(out, 'solution'), join(out, 'floor.zip'));
    const floorTen = () => zipTree(join(outTen, 'solution'), join(outTen, 'floor.zip'));
    // Warm up (module loading, prettier, templates), then interleave so both see the same machine state.
    await buildOne();
    await buildTen();
    await floorOne();
    await floorTen();
    const samples = { one: [] as number[], ten: [] as number[], floorOne: [] as number[], floorTen: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      samples.one.push(await medianMs(1, buildOne));
      samples.floorOne.push(await medianMs(1, floorOne));
      samples.ten.push(await medianMs(1, buildTen));
      samples.floorTen.push(await medianMs(1, floorTen));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [one, ten10, f1, f10] = [median(samples.one), median(samples.ten), median(samples.floorOne), median(samples.floorTen)];
    return [
      { name: 'floor: archiver zips dist/solution', unit: 'ms', value: f1 },
      {
        name: `cosell build (${flows.length} flows)`,
        unit: 'ms',
        value: one,
        ratio: { against: 'vs floor', value: one / f1, goal: '<= 3x' },
      },
      { name: `floor, ${ten.length} flows`, unit: 'ms', value: f10 },
      { name: `cosell build (${ten.length} flows)`, unit: 'ms', value: ten10, ratio: { against: 'vs floor', value: ten10 / f10 } },
      {
        name: `cosell build, ${ten.length} vs ${flows.length} flow(s)`,
        unit: 'ms',
        value: ten10,
        ratio: { against: 'vs 1x flows', value: ten10 / one, goal: '<= 2x' },
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(outTen, { recursive: true, force: true });
  }
}
