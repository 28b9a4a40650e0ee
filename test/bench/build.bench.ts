// `cosell build` against its floor — node plus archiver zipping the same dist/solution tree — measured side by side,
// and the same build, lint included, with ten times the flows. The goals (build <= 3x the floor, ten times the flows
// <= 2x the time) are the processes' figures: `node scripts/cosell.mjs build` against `node test/bench/floor-zip.mjs`,
// node start-up and module loading included, as a user runs them. The in-process rows (the build function against
// zipTree, module loading excluded, warm caches) show where the time goes; they carry no goal.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadFlows } from '../../src/compile/build';
import { copies } from './flow-copies';
import { zipTree } from './floor-zip.mjs';
import { type BenchRow, median, medianMs } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 21;
const PROCESS_RUNS = 11;
const COPIES = 10;

/** A project root with the flows and `COPIES - 1` generated copies of each (`*.flow.ts` files), the rest linked. */
function tenTimesProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-bench-project-'));
  for (const name of ['src', 'connector', 'solution-template', 'node_modules', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  cpSync(join(root, 'flows-src'), join(dir, 'flows-src'), { recursive: true });
  const copyModule = join(root, 'test', 'bench', 'flow-copies.ts');
  for (const file of readdirSync(join(root, 'flows-src')).filter((f) => f.endsWith('.flow.ts'))) {
    for (let n = 1; n < COPIES; n++) {
      writeFileSync(
        join(dir, 'flows-src', `${file.replace(/\.flow\.ts$/, '')}-copy-${n}.flow.ts`),
        `import { copyFlow } from ${JSON.stringify(copyModule)};\nimport flow from './${file.replace(/\.ts$/, '')}';\nexport default copyFlow(flow, ${n});\n`,
      );
    }
  }
  return dir;
}

const cli = join(root, 'scripts', 'cosell.mjs');
const floorScript = join(root, 'test', 'bench', 'floor-zip.mjs');
const spawn = (args: string[]) => () => void execFileSync(process.execPath, args, { stdio: 'ignore' });

export async function run(): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), 'cosell-bench-'));
  const outTen = mkdtempSync(join(tmpdir(), 'cosell-bench-10x-'));
  const tenRoot = tenTimesProject();
  try {
    const { flows } = await loadFlows(join(root, 'flows-src'), root);
    const ten = copies(flows, COPIES);
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
    const s = { one: [] as number[], ten: [] as number[], floorOne: [] as number[], floorTen: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      s.one.push(await medianMs(1, buildOne));
      s.floorOne.push(await medianMs(1, floorOne));
      s.ten.push(await medianMs(1, buildTen));
      s.floorTen.push(await medianMs(1, floorTen));
    }
    // As processes: the CLI build of this project and of the ten-times project, each against node + archiver.
    const pOut = join(out, 'cli');
    const pOutTen = join(outTen, 'cli');
    const cliOne = spawn([cli, 'build', '--root', root, '--out', pOut, '--no-docs']);
    const cliTen = spawn([cli, 'build', '--root', tenRoot, '--out', pOutTen, '--no-docs']);
    const cliFloorOne = spawn([floorScript, join(pOut, 'solution'), join(out, 'floor-cli.zip')]);
    const cliFloorTen = spawn([floorScript, join(pOutTen, 'solution'), join(outTen, 'floor-cli.zip')]);
    cliOne();
    cliTen();
    const p = { one: [] as number[], ten: [] as number[], floorOne: [] as number[], floorTen: [] as number[] };
    for (let i = 0; i < PROCESS_RUNS; i++) {
      p.one.push(await medianMs(1, cliOne));
      p.floorOne.push(await medianMs(1, cliFloorOne));
      p.ten.push(await medianMs(1, cliTen));
      p.floorTen.push(await medianMs(1, cliFloorTen));
    }
    const [one, ten10, f1, f10] = [median(s.one), median(s.ten), median(s.floorOne), median(s.floorTen)];
    const [pOne, pTen, pf1, pf10] = [median(p.one), median(p.ten), median(p.floorOne), median(p.floorTen)];
    const n = flows.length;
    const N = ten.length;
    return [
      { name: 'in-process: floor, archiver zips dist/solution', unit: 'ms', value: f1 },
      { name: `in-process: build (${n} flows)`, unit: 'ms', value: one, ratio: { against: 'vs floor', value: one / f1 } },
      { name: `in-process: floor, ${N} flows`, unit: 'ms', value: f10 },
      { name: `in-process: build (${N} flows)`, unit: 'ms', value: ten10, ratio: { against: 'vs floor', value: ten10 / f10 } },
      { name: `in-process: build, ${N} vs ${n} flows`, unit: 'ms', value: ten10, ratio: { against: 'vs 1x flows', value: ten10 / one } },
      { name: 'process: floor, node + archiver', unit: 'ms', value: pf1 },
      { name: `process: cosell build (${n} flows)`, unit: 'ms', value: pOne, ratio: { against: 'vs floor', value: pOne / pf1, goal: '<= 3x' } },
      { name: `process: floor, ${N} flows`, unit: 'ms', value: pf10 },
      { name: `process: cosell build (${N} flows)`, unit: 'ms', value: pTen, ratio: { against: 'vs floor', value: pTen / pf10 } },
      { name: `process: cosell build, ${N} vs ${n} flows`, unit: 'ms', value: pTen, ratio: { against: 'vs 1x flows', value: pTen / pOne, goal: '<= 2x' } },
    ];
  } finally {
    for (const dir of [out, outTen, tenRoot]) rmSync(dir, { recursive: true, force: true });
  }
}
