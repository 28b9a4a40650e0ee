import { type Command, Option } from 'commander';
import { resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('deploy')
    .description(
      'import the solution into an environment, set its environment variables, bind its connection references, turn its flows on in order and print the webhook URL',
    )
    .requiredOption('--environment <url>', 'the environment URL, e.g. https://contoso.crm.dynamics.com')
    .option('--settings <file>', 'deployment settings (pac --settings-file format; `cosell settings` writes the template)')
    .option('--managed', 'deploy the managed zip (dist/<name>_<version>_managed.zip)')
    .option('--zip <path>', 'the solution zip (default: the dist/ zip of solution.yaml\'s version)')
    .addOption(new Option('--auth <mode>', 'sign-in: device-code, or client-credentials (default when COSELL_CLIENT_SECRET is set)').choices(['device-code', 'client-credentials']))
    .option('--tenant-id <id>', 'Entra ID tenant (default: COSELL_TENANT_ID)')
    .option('--client-id <id>', 'app registration client id (default: COSELL_CLIENT_ID)')
    .option('--access-token <token>', 'a bearer token for the environment obtained elsewhere (default: COSELL_ACCESS_TOKEN)')
    .option('--no-pac', 'import through the Web API even when pac is on PATH')
    .option('--root <dir>', 'project root', '.')
    .addOption(new Option('--poll-interval <ms>', 'between polls of the import job').default('5000').hideHelp())
    .addOption(new Option('--flow-api-url <url>', 'the Power Automate API (default https://api.flow.microsoft.com)').hideHelp())
    .action(
      async (o: {
        environment: string;
        settings?: string;
        managed?: boolean;
        zip?: string;
        auth?: string;
        tenantId?: string;
        clientId?: string;
        accessToken?: string;
        pac: boolean;
        root: string;
        pollInterval: string;
        flowApiUrl?: string;
      }) => {
        // Loaded here, not at the top: MSAL and the deploy engine are only needed when this command runs.
        const { deploy } = await import('../../src/deploy');
        const result = await deploy({
          environment: o.environment,
          ...(o.settings ? { settings: o.settings } : {}),
          managed: !!o.managed,
          ...(o.zip ? { zip: o.zip } : {}),
          root: resolve(o.root),
          ...(o.auth ? { auth: o.auth } : {}),
          ...(o.tenantId ? { tenantId: o.tenantId } : {}),
          ...(o.clientId ? { clientId: o.clientId } : {}),
          ...(o.accessToken ? { accessToken: o.accessToken } : {}),
          pac: o.pac,
          pollIntervalMs: Number(o.pollInterval),
          ...(o.flowApiUrl ? { flowApiUrl: o.flowApiUrl } : {}),
        });
        process.exitCode = result.ok ? 0 : 1;
      },
    );
}
