import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { FlowSet, ScenarioError, ScenarioResult } from '../../src/sim/scenario';

export function register(program: Command): void {
  program
    .command('simulate')
    .description('run scenario files against the compiled flows, the Partner Center double and the Dataverse double')
    .argument('<files...>', 'scenario YAML files')
    .option('--report <file>', 'write the run report (one self-contained HTML page)')
    .option('--json', 'print the results as JSON instead of text')
    .option('--solution <dir|zip>', 'run the flows of a built or exported solution (default: compile flows-src in-process)')
    .option('--flows <dir>', 'compile the *.flow.ts of this folder instead of <root>/flows-src')
    .option('--root <dir>', 'project root', '.')
    .action(async (files: string[], o: { report?: string; json?: boolean; solution?: string; flows?: string; root: string }) => {
      const { ScenarioError, compileProject, formatResult, readScenario, runScenario, solutionFlows } = await import('../../src/sim/scenario');
      const results: ScenarioResult[] = [];
      const invalid: ScenarioError[] = [];
      const scenarios = files.flatMap((file) => {
        try {
          return [readScenario(relative(process.cwd(), resolve(file)) || file)];
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          invalid.push(e);
          return [];
        }
      });
      let flows: FlowSet | undefined;
      try {
        if (scenarios.length) {
          flows = o.solution
            ? await solutionFlows(resolve(o.solution))
            : await compileProject(resolve(o.root), o.flows ? { flowsDir: resolve(o.flows) } : {});
        }
      } catch (e) {
        console.error(`cannot load the flows: ${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
      for (const scenario of scenarios) {
        const result = await runScenario(scenario, flows!);
        results.push(result);
        if (!o.json) console.log(formatResult(result));
      }
      for (const e of invalid) console.error(e.message);
      if (o.report) {
        const { renderReport } = await import('../../src/sim/report');
        writeFileSync(o.report, renderReport(results, { invalid: invalid.map((e) => e.message), origin: flows?.origin }));
        if (!o.json) console.log(`wrote ${o.report}`);
      }
      const failed = results.filter((r) => !r.passed).length + invalid.length;
      if (o.json) console.log(JSON.stringify({ passed: failed === 0, results, invalid: invalid.map((e) => ({ file: e.file, issues: e.issues })) }, null, 2));
      else console.log(`${results.length - results.filter((r) => !r.passed).length} of ${files.length} scenario(s) passed`);
      if (failed) process.exitCode = 1;
    });
}
