#!/usr/bin/env node
// The `cosell` command. Flows are TypeScript: `cosell build` runs from a cached bundle of the CLI and the flows
// (scripts/bundled.mjs), everything else — and a build the bundle does not apply to — through tsx.
import { runBundled } from './bundled.mjs';

if (!(await runBundled(process.argv.slice(2)))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
