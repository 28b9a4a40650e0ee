// CLI entry point: `cosell <command>`. Each command lives in scripts/commands/<name>.ts.
import { Command } from 'commander';
import { register as build } from './commands/build';

const program = new Command('cosell').description('Build, check and ship the cosell-sync Power Automate solution.');

for (const register of [build]) register(program);

await program.parseAsync(process.argv);
