// CLI entry point: `cosell <command>`. Each command lives in scripts/commands/<name>.ts.
import { Command } from 'commander';
import { register as build } from './commands/build';
import { register as evaluate } from './commands/eval';
import { register as settings } from './commands/settings';
import { register as validate } from './commands/validate';

const program = new Command('cosell').description('Build, check and ship the cosell-sync Power Automate solution.');

for (const register of [build, validate, settings, evaluate]) register(program);

await program.parseAsync(process.argv);
