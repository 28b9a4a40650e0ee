// A solution to validate, read from a zip (yauzl) or a folder, packed or unpacked layout, as path -> bytes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yauzl from 'yauzl';
import { Findings, type SolutionFinding } from './finding';

export interface SolutionSource {
  /** The zip or folder, for messages. */
  origin: string;
  /** `packed`: root solution.xml (zip, or extracted zip); `unpacked`: `pac solution unpack`'s Other/Solution.xml. */
  layout: 'packed' | 'unpacked';
  /** Forward-slash paths. */
  files: Map<string, Buffer>;
  /** Problems with the container itself (zip entry names, directory entries). */
  findings: SolutionFinding[];
}

function entryName(raw: Buffer, utf8: boolean): string {
  return raw.toString(utf8 ? 'utf8' : 'latin1');
}

type Opener = (options: yauzl.Options, callback: (err: Error | null, zip: yauzl.ZipFile) => void) => void;

function readEntries(origin: string, open: Opener): Promise<SolutionSource> {
  const found = new Findings('zip-entries');
  const files = new Map<string, Buffer>();
  const seen = new Set<string>();
  return new Promise((resolve, reject) => {
    open({ lazyEntries: true, decodeStrings: false, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(new Error(`${origin}: not a readable zip: ${err?.message}`));
      zip.on('error', (e: Error) => reject(new Error(`${origin}: ${e.message}`)));
      zip.on('end', () => resolve({ origin, layout: 'packed', files, findings: found.list }));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entryName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0);
        if (name.endsWith('/')) {
          found.warning(name, 'a directory entry: real exports list files only');
          return zip.readEntry();
        }
        if (name.includes('\\'))
          found.error(
            name,
            'a zip entry name with backslashes: Dataverse expects forward slashes (re-zip the files, not a Windows path list)',
          );
        if (name.startsWith('/') || name.split(/[\\/]/).includes('..')) found.error(name, 'an absolute or parent-relative zip entry name');
        const key = name.replace(/\\/g, '/');
        if (seen.has(key.toLowerCase())) found.error(name, 'the zip holds this entry twice');
        seen.add(key.toLowerCase());
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(new Error(`${origin}: ${name}: ${e?.message}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (se: Error) => reject(new Error(`${origin}: ${name}: ${se.message}`)));
          stream.on('end', () => {
            files.set(key, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export const readZip = (path: string) => readEntries(path, (o, cb) => yauzl.open(path, o, cb as never));
/** A zip in memory (the build validates its zips before writing them). */
export const readZipBuffer = (buffer: Buffer, origin: string) => readEntries(origin, (o, cb) => yauzl.fromBuffer(buffer, o, cb as never));

export function readFolder(dir: string): SolutionSource {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split(sep).join('/'), readFileSync(p));
    }
  };
  walk(dir);
  const layout = files.has('Other/Solution.xml') || files.has('Other/Customizations.xml') ? 'unpacked' : 'packed';
  return { origin: dir, layout, files, findings: [] };
}

export async function readSolution(path: string): Promise<SolutionSource> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  return stat.isDirectory() ? readFolder(path) : readZip(path);
}
