// The build benchmark's floor: read every file of an unpacked solution tree and zip it with archiver, as the
// build's zips are made. `node test/bench/floor-zip.mjs <dir> <out.zip>` is the floor as a process (node plus
// archiver); the benchmark also calls zipTree in-process.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZipArchive } from 'archiver';

export async function zipTree(dir, out) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  // The level the build's zips use (LEVEL in src/solution/zip.ts).
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const chunks = [];
  zip.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  for (const f of files) zip.append(readFileSync(f), { name: relative(dir, f).split(sep).join('/'), date: new Date(0) });
  await zip.finalize();
  await done;
  writeFileSync(out, Buffer.concat(chunks));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await zipTree(process.argv[2], process.argv[3]);
