import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const FORMATS = ['human', 'json', 'sarif'];

export function register(program: Command): void {
  program
    .command('lint')
    .description('lint workflow JSON (ours or exported): files, solution folders or zips; default dist/solution')
    .argument('[paths...]', 'workflow .json files, solution folders (packed or unpacked), solution zips, or folders of exports')
    .option('--root <dir>', 'project root: flows built from its flows-src/ are reported at their TS lines', '.')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'human')
    .option('--quiet', 'human format: errors only')
    .option('--show-suppressed', 'human format: list suppressed findings too')
    .action(async (paths: string[], o: { root: string; format: string; quiet?: boolean; showSuppressed?: boolean }) => {
      if (!FORMATS.includes(o.format)) {
        console.error(`unknown format '${o.format}': use ${FORMATS.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      const [{ RULES, errorsIn, formatHuman, formatJson, formatSarif, lintWorkflows, readLintInputs }, { projectSources, withSources }] =
        await Promise.all([import('../../src/lint'), import('../../src/lint/project-sources')]);
      const root = resolve(o.root);
      const targets = paths.length ? paths : [relative(process.cwd(), join(root, 'dist', 'solution')) || '.'];
      if (!paths.length && !existsSync(targets[0]!)) {
        console.error(`nothing to lint: ${targets[0]} does not exist (run npm run build, or pass paths)`);
        process.exitCode = 2;
        return;
      }
      const inputs = await readLintInputs(targets);
      for (const p of inputs.problems) console.error(p);
      const findings = lintWorkflows(withSources(inputs.flows, await projectSources(root)));
      const count = inputs.flows.length;
      if (o.format === 'json') process.stdout.write(formatJson(findings, count));
      else if (o.format === 'sarif') process.stdout.write(formatSarif(findings, RULES));
      else process.stdout.write(formatHuman(findings, { quiet: o.quiet, suppressed: o.showSuppressed, flowCount: count }));
      if (errorsIn(findings).length || inputs.problems.length) process.exitCode = 1;
    });
}
