// `cosell diff <base> [head]`: what changed in the flows, as Markdown for a PR comment (or JSON).
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('diff')
    .description(
      'compare flows semantically: renamed, moved, added and removed actions, changed inputs and runAfter, triggers, ' +
        'environment variables and connection references. Each side is a git revision (built by its own checkout of ' +
        'the build), a solution zip, a folder (unpacked dist/solution, extracted zip, or workflow JSON files) or a ' +
        'workflow JSON file; head defaults to the working tree',
    )
    .argument('<base>', 'git revision, zip, folder or workflow JSON')
    .argument('[head]', 'git revision, zip, folder or workflow JSON (default: the working tree, built in memory)')
    .option('--root <dir>', 'project root', '.')
    .option('--json', 'print the diff as JSON instead of Markdown')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--exit-code', 'exit with status 1 when there are changes')
    .action(async (base: string, head: string | undefined, o: { root: string; json?: boolean; out?: string; exitCode?: boolean }) => {
      const [{ CompileError, formatProblem }, { diffFlowSets, flowSetOf, toMarkdown }] = await Promise.all([
        import('../../src/compile/problem'),
        import('../../src/diff'),
      ]);
      const root = resolve(o.root);
      let report;
      try {
        report = diffFlowSets(await flowSetOf(base, root), await flowSetOf(head, root));
      } catch (e) {
        if (e instanceof CompileError) {
          for (const p of e.problems) console.error(formatProblem(p));
          console.error('cosell diff: the working tree does not build');
        } else console.error(`cosell diff: ${(e as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const text = o.json ? `${JSON.stringify(report, null, 2)}\n` : toMarkdown(report);
      if (o.out) writeFileSync(resolve(o.out), text);
      else process.stdout.write(text);
      if (o.exitCode && (report.flows.length || report.solution.length)) process.exitCode = 1;
    });
}
