import type { Command } from 'commander';
import { resolve } from 'node:path';

export function register(program: Command): void {
  program
    .command('validate')
    .description('check a solution zip or folder (packed or unpacked, ours or exported elsewhere) for what breaks imports')
    .argument('<zip|folder>', 'a solution .zip, an extracted zip, or a pac unpack folder')
    .option('--quiet', 'print errors only, not warnings')
    .action(async (target: string, o: { quiet?: boolean }) => {
      const { errorsOf, formatFinding, validateSolution } = await import('../../src/solution/validate');
      let findings;
      try {
        findings = await validateSolution(resolve(target));
      } catch (e) {
        console.error(`${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
      const errors = errorsOf(findings);
      for (const f of findings)
        if (f.severity === 'error' || !o.quiet) (f.severity === 'error' ? console.error : console.warn)(formatFinding(f, target));
      const warnings = findings.length - errors.length;
      console.log(`${target}: ${errors.length} error(s), ${warnings} warning(s)${errors.length ? '' : ' — no known import breaker found'}`);
      if (errors.length) process.exitCode = 1;
    });
}
