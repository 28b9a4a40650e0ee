import type { Command } from 'commander';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('settings')
    .description('write a deployment settings template (pac solution import --settings-file format)')
    .argument('[zip|folder]', 'read a solution instead of solution-template/solution.yaml')
    .option('--root <dir>', 'project root', '.')
    .option('--out <file>', 'output file (default: <root>/dist/deploymentSettings.json; "-" for stdout)')
    .option('--force', 'overwrite an existing settings file')
    .action(async (from: string | undefined, o: { root: string; out?: string; force?: boolean }) => {
      const [{ ConfigError, loadSolutionConfig }, { settingsTemplateFromConfig, settingsTemplateFromSolution }] = await Promise.all([
        import('../../src/solution/config'),
        import('../../src/solution/settings'),
      ]);
      const root = resolve(o.root);
      try {
        const { settings, leftOut } = from
          ? settingsTemplateFromSolution(await (await import('../../src/solution/validate')).readSolution(resolve(from)))
          : settingsTemplateFromConfig(loadSolutionConfig(join(root, 'solution-template', 'solution.yaml')));
        const text = `${JSON.stringify(settings, null, 2)}\n`;
        const note = leftOut.length
          ? `left out, having no default (an empty Value fails the import): ${leftOut.join(', ')}; add { "SchemaName", "Value" } to set one`
          : '';
        if (o.out === '-') {
          process.stdout.write(text);
          if (note) console.error(note);
          return;
        }
        const out = resolve(o.out ?? join(root, 'dist', 'deploymentSettings.json'));
        // A filled-in settings file holds connection ids: never overwrite it silently.
        if (existsSync(out) && !o.force) {
          console.error(`${out} exists; pass --force to overwrite it`);
          process.exitCode = 1;
          return;
        }
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
        console.log(
          `wrote ${out}: ${settings.EnvironmentVariables.length} environment variable(s), ${settings.ConnectionReferences.length} connection reference(s)`,
        );
        console.log(
          'fill in each ConnectionId with a connection of the target environment, then: pac solution import --settings-file <file>',
        );
        if (note) console.log(note);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        console.error(e.message);
        process.exitCode = 1;
      }
    });
}
