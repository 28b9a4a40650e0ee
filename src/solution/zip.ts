// A packed solution zip: entries in the given order, deflated, fixed timestamps, forward slashes, no directories.
import { ZipArchive } from 'archiver';
import type { OutFile } from './package';

/** Every entry's modification time: fixed, so two builds are byte-identical (written as UTC DOS time). */
export const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

export async function zipEntries(entries: OutFile[]): Promise<Buffer> {
  const zip = new ZipArchive({ zlib: { level: 9 }, forceLocalTime: false });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.on('data', (c: Buffer) => chunks.push(c));
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    zip.on('error', reject);
    zip.on('warning', reject);
  });
  for (const e of entries) {
    if (e.path.includes('\\') || e.path.endsWith('/')) throw new Error(`zip entry '${e.path}' must be a forward-slash file path`);
    zip.append(e.data, { name: e.path, date: ZIP_DATE, mode: 0o644 });
  }
  await zip.finalize();
  return done;
}
