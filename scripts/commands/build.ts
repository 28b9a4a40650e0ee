import type { Command } from 'commander';
import { resolve } from 'node:path';
import { build } from '../../src/compile/build';
import { CompileError, formatProblem } from '../../src/compile/problem';
import { ConfigError } from '../../src/solution/config';

export function register(program: Command): void {
  program
    .command('build')
    .description('compile every flow in flows-src/ into workflow JSON under dist/')
    .option('--root <dir>', 'project root', '.')
    .option('--out <dir>', 'output folder (default: <root>/dist)')
    .action(async (o: { root: string; out?: string }) => {
      const root = resolve(o.root);
      try {
        const result = await build({ root, outDir: o.out ? resolve(o.out) : undefined });
        for (const f of result.files) console.log(`wrote ${f}`);
        console.log(`built ${result.flows.length} flow(s) into ${result.outDir}`);
      } catch (e) {
        if (e instanceof CompileError) {
          for (const p of e.problems) console.error(formatProblem(p));
          console.error(`build failed with ${e.problems.length} problem(s); dist/ was left unchanged`);
        } else if (e instanceof ConfigError) {
          console.error(e.message);
          console.error('build failed; dist/ was left unchanged');
        } else throw e;
        process.exitCode = 1;
      }
    });
}
