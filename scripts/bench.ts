// `npm run bench`: runs every test/bench/*.bench.ts and prints medians and side-by-side ratios.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { BenchRow } from '../test/bench/harness';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'bench');
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchRow[]> };
  console.log(`\n${file}`);
  for (const row of await mod.run()) {
    const ratio = row.ratio ? `  ratio ${row.ratio.value.toFixed(2)}x ${row.ratio.against}${row.ratio.goal ? ` (goal ${row.ratio.goal})` : ''}` : '';
    console.log(`  ${row.name.padEnd(44)} ${row.value.toFixed(2).padStart(12)} ${row.unit}${ratio}`);
  }
}
