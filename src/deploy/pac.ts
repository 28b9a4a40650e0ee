// The import through the Power Platform CLI when `pac` is on PATH: `pac solution import --environment <url>
// --path <zip> --async [--settings-file <file>] [--stage-and-upgrade]` (flags as learn.microsoft.com's pac solution
// reference and microsoft/powerplatform-cli-wrapper pass them). pac signs in with its own auth profile
// (`pac auth create`); its output is relayed line by line.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DeployError } from './errors';

/** The pac executable on PATH, if any. */
export function findPac(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['pac.exe', 'pac.cmd', 'pac'] : ['pac'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export interface PacImport {
  environment: string;
  zip: string;
  settingsFile?: string;
  stageAndUpgrade: boolean;
}

export function pacImportArgs(o: PacImport): string[] {
  return [
    'solution',
    'import',
    '--environment',
    o.environment,
    '--path',
    o.zip,
    '--async',
    ...(o.settingsFile ? ['--settings-file', o.settingsFile] : []),
    ...(o.stageAndUpgrade ? ['--stage-and-upgrade'] : []),
  ];
}

/** Runs pac; resolves when it succeeds, throws a DeployError (with its last output lines) when it does not. */
export function runPac(pac: string, args: string[], print: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pac, args, { env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' && /\.cmd$/i.test(pac) });
    const tail: string[] = [];
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        print(`pac: ${line}`);
        tail.push(line);
        if (tail.length > 8) tail.shift();
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', (e) =>
      reject(new DeployError(`pac could not be started (${e.message})`, ['Check the pac installation (`pac help`), or run deploy with --no-pac to import through the Web API.'])),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new DeployError(`pac solution import failed (exit code ${code})${tail.length ? `:\n${tail.map((l) => `  ${l}`).join('\n')}` : ''}`, [
          'If pac is not signed in to this environment: `pac auth create --environment <url>` (or --applicationId/--clientSecret/--tenant in a pipeline), then run deploy again.',
          'Or run deploy with --no-pac to import through the Web API with this command\'s own sign-in.',
        ]),
      );
    });
  });
}
