import type { Command } from 'commander';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('import')
    .description('generate DSL flow code from an exported solution (zip or folder, packed or unpacked) or a workflow JSON file')
    .argument('<solution>', 'a solution .zip, an extracted or unpacked solution folder, or one <Name>-<GUID>.json workflow file')
    .option('--out <dir>', 'where to write <name>.flow.ts, solution.fragment.yaml and IMPORT-REPORT.md', 'flows-src/imported')
    .option('--root <dir>', 'project root (holds src/dsl)', '.')
    .option('--name <display name>', 'display name for a bare workflow JSON file (default: from its file name)')
    .option('--no-verify', 'skip rebuilding each generated flow and comparing it with the export')
    .action(async (target: string, o: { out: string; root: string; name?: string; verify: boolean }) => {
      const [{ importFlows, readFlowFile, readImportSource }, { reportMarkdown, summaryLine }] = await Promise.all([
        import('../../src/import'),
        import('../../src/import/report'),
      ]);
      const root = resolve(o.root);
      const outDir = resolve(o.out);
      const dslDir = join(root, 'src', 'dsl');
      if (!existsSync(dslDir)) {
        console.error(`${dslDir}: no DSL here; run from the project root or pass --root`);
        process.exitCode = 1;
        return;
      }
      let source;
      try {
        source = await readImportSource(resolve(target));
        if (o.name && source.flows.length === 1 && target.toLowerCase().endsWith('.json'))
          source.flows = [readFlowFile(resolve(target), o.name)];
      } catch (e) {
        console.error((e as Error).message);
        process.exitCode = 1;
        return;
      }
      for (const p of source.problems) console.warn(p);
      if (!source.flows.length) {
        console.error(`${target}: no cloud flows to import`);
        process.exitCode = 1;
        return;
      }
      // Generated modules are rebuilt from a scratch folder beside the output, so their DSL import resolves the same way.
      const scratchDir = join(outDir, '.cosell-import-verify');
      let result;
      try {
        result = await importFlows(source.flows, { outDir, dslDir, scratchDir: o.verify ? scratchDir : undefined }, source);
      } finally {
        rmSync(scratchDir, { recursive: true, force: true });
      }
      mkdirSync(outDir, { recursive: true });
      const written: string[] = [];
      const write = (name: string, text: string) => {
        writeFileSync(join(outDir, name), text);
        written.push(relative(process.cwd(), join(outDir, name)) || name);
      };
      for (const f of result.flows) write(f.file, f.code);
      write('solution.fragment.yaml', result.project.yaml);
      write('IMPORT-REPORT.md', reportMarkdown(result, target, source.problems));
      for (const w of written) console.log(`wrote ${w}`);
      for (const f of result.flows) console.log(summaryLine(f));
      for (const w of result.project.warnings) console.warn(w);
      if (result.flows.some((f) => f.roundTrip?.failure)) process.exitCode = 1;
    });
}
