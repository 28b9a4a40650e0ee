// CLI entry point: `cosell <command>`. Each command lives in scripts/commands/<name>.ts.
import { Command } from 'commander';
import { register as build } from './commands/build';
import { register as deploy } from './commands/deploy';
import { register as diff } from './commands/diff';
import { register as evaluate } from './commands/eval';
import { register as importSolution } from './commands/import';
import { register as graph } from './commands/graph';
import { register as lint } from './commands/lint';
import { register as settings } from './commands/settings';
import { register as simulate } from './commands/simulate';
import { register as validate } from './commands/validate';

const program = new Command('cosell').description('Build, check and ship the cosell-sync Power Automate solution.');

for (const register of [build, validate, settings, evaluate, diff, graph, lint, importSolution, simulate, deploy]) register(program);

await program.parseAsync(process.argv);
