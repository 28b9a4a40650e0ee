import type { Command } from 'commander';
import { join, relative, resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('build')
    .description('compile every flow in flows-src/ and write the solution: dist/solution/ (unpacked) and the two zips')
    .option('--root <dir>', 'project root', '.')
    .option('--out <dir>', 'output folder (default: <root>/dist)')
    .option('--docs <dir>', 'write the flow pages here (default: <root>/docs/flows, unless --out is given)')
    .option('--no-docs', 'do not write the flow pages nor docs/field-mapping.md')
    .action(async (o: { root: string; out?: string; docs?: string | false }) => {
      // Loaded here, not at the top: `cosell` registers every command, and only the one that runs should load.
      const [{ build }, { CompileError, formatProblem }, { ConfigError, loadSolutionConfig }, { SolutionInvalidError, formatFinding }] = await Promise.all([
        import('../../src/compile/build'),
        import('../../src/compile/problem'),
        import('../../src/solution/config'),
        import('../../src/solution/validate'),
      ]);
      const root = resolve(o.root);
      // A build into another folder (a scratch build, `cosell diff`) leaves the project's docs alone.
      const docsDir = o.docs === false ? undefined : o.docs ? resolve(o.docs) : o.out ? undefined : join(root, 'docs', 'flows');
      try {
        const result = await build({ root, outDir: o.out ? resolve(o.out) : undefined, docsDir });
        for (const f of result.files) console.log(`wrote ${f}`);
        for (const f of result.docs.written) console.log(`wrote ${relative(process.cwd(), f) || f}`);
        for (const f of result.docs.removed) console.log(`removed ${relative(process.cwd(), f) || f}`);
        const configFile = join(root, 'solution-template', 'solution.yaml');
        if (loadSolutionConfig(configFile).connectors !== undefined) {
          // paconn's files, for a connector managed outside the solution (paconn create/update).
          const { loadConnectorSettings, writeConnectorArtifacts } = await import('../../src/compile/swagger');
          for (const f of await writeConnectorArtifacts(result.outDir, loadConnectorSettings(configFile))) console.log(`wrote ${f}`);
        }
        console.log(`built ${result.flows.length} flow(s) into ${result.outDir}`);
        console.log(
          `import ${relative(process.cwd(), result.zips.unmanaged) || result.zips.unmanaged} (unmanaged) or ${relative(process.cwd(), result.zips.managed)} (managed)`,
        );
      } catch (e) {
        if (e instanceof CompileError) {
          for (const p of e.problems) console.error(formatProblem(p));
          console.error(`build failed with ${e.problems.length} problem(s); dist/ was left unchanged`);
        } else if (e instanceof ConfigError) {
          console.error(e.message);
          console.error('build failed; dist/ was left unchanged');
        } else if (e instanceof SolutionInvalidError) {
          for (const f of e.findings) console.error(formatFinding(f.finding, f.origin));
          console.error(`build failed: its output failed validation with ${e.findings.length} error(s); dist/ was left unchanged`);
        } else throw e;
        process.exitCode = 1;
      }
    });
}
