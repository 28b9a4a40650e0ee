// A packed solution zip: entries in the given order, deflated, fixed timestamps, forward slashes, no directories.
//
// The bytes are exactly those archiver (zip-stream, compress-commons) writes for `append(data, { name, date:
// ZIP_DATE, mode: 0o644 })` with zlib's default level and UTC times — test/solution/zip.test.ts compares them — but each
// distinct entry is deflated once, on libuv's pool, however many zips hold it: the unmanaged and the managed zip
// share every entry except solution.xml. Archiver itself remains the fallback for what this writer does not model.
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import type { OutFile } from './package';

/** Every entry's modification time: fixed, so two builds are byte-identical (written as UTC DOS time). */
export const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/**
 * zlib's default level, as archiver uses unless told otherwise. Level 9 made the zips 2% smaller for 3.5 times the
 * deflate time (100 flows' JSON: 438 vs 447 KB, 107 vs 30 ms).
 */
const LEVEL = 6;
const deflate = promisify(deflateRaw);

function checkEntry(e: OutFile): void {
  if (e.path.includes('\\') || e.path.endsWith('/')) throw new Error(`zip entry '${e.path}' must be a forward-slash file path`);
}

export async function zipEntries(entries: OutFile[]): Promise<Buffer> {
  return (await zipAll([entries]))[0]!;
}

/** Deflates entry contents on libuv's pool, each distinct content once, for one or several zips. */
export class Deflater {
  /** By crc and length; the few contents that share both are told apart by their bytes. */
  private readonly started = new Map<string, { data: Buffer; deflated: Promise<Deflated> }[]>();

  deflate(data: Buffer): Promise<Deflated> {
    const crc = crc32(data) >>> 0;
    const key = `${crc}:${data.length}`;
    let bucket = this.started.get(key);
    if (!bucket) this.started.set(key, (bucket = []));
    const known = bucket.find((b) => b.data.equals(data));
    if (known) return known.deflated;
    const deflated = deflateEntry(data, crc);
    // Awaited by the zip that holds it; a build that fails before zipping must not leave a rejection unhandled.
    deflated.catch(() => {});
    bucket.push({ data, deflated });
    return deflated;
  }
}

/** Zips each list of entries; an entry's bytes that several lists (or entries) hold are deflated once. */
export async function zipAll(lists: OutFile[][], deflater = new Deflater()): Promise<Buffer[]> {
  for (const list of lists) list.forEach(checkEntry);
  if (!lists.every(modelled)) return Promise.all(lists.map(archived));
  const lists2 = lists.map((list) =>
    list.map((e) => ({ name: Buffer.from(e.path, 'utf8'), utf8: Buffer.byteLength(e.path) !== e.path.length, data: deflater.deflate(e.data) })),
  );
  return Promise.all(lists2.map(async (list) => write(await Promise.all(list.map(async (e) => ({ ...e, data: await e.data }))))));
}

/** What this writer lays out as archiver does: few and small enough entries for a zip without ZIP64 records. */
function modelled(list: OutFile[]): boolean {
  if (list.length >= 0xffff) return false;
  let total = 0;
  for (const e of list) {
    // archiver strips a drive prefix and leading `/` or `../` from names.
    if (/^\w+:|^(\.\.\/|\/)/.test(e.path)) return false;
    total += e.data.length + e.path.length * 2 + 128;
  }
  // Deflate may grow incompressible data a little; stay well below the 4 GiB offsets ZIP64 would take over at.
  return total < 0x7fffffff;
}

interface Deflated {
  /** 8 (deflated), or 0 (stored) for an empty entry, as archiver does. */
  method: number;
  crc: number;
  size: number;
  body: Buffer;
}

async function deflateEntry(data: Buffer, crc: number): Promise<Deflated> {
  if (data.length === 0) return { method: 0, crc: 0, size: 0, body: data };
  return { method: 8, crc, size: data.length, body: await deflate(data, { level: LEVEL }) };
}

/** archiver's DOS time of ZIP_DATE in UTC (dateToDos in compress-commons). */
function dosTime(d: Date): number {
  const year = d.getUTCFullYear();
  if (year < 1980) return 2162688;
  if (year >= 2044) return 2141175677;
  return (
    ((year - 1980) << 25) |
    ((d.getUTCMonth() + 1) << 21) |
    (d.getUTCDate() << 16) |
    (d.getUTCHours() << 11) |
    (d.getUTCMinutes() << 5) |
    (d.getUTCSeconds() / 2)
  );
}

const SIG_LFH = 0x04034b50;
const SIG_DD = 0x08074b50;
const SIG_CFH = 0x02014b50;
const SIG_EOCD = 0x06054b50;
/** Version needed to extract with a data descriptor; made by: Unix (3) << 8 | 45. */
const MIN_VERSION = 20;
const MADE_BY = (3 << 8) | 45;
/** Flags: data descriptor (bit 3), UTF-8 names (bit 11). */
const DESCRIPTOR = 0x0008;
const UTF8 = 0x0800;
/** Unix mode 0o644 | S_IFREG in the high word, DOS archive attribute in the low one. */
const EXTERNAL = (((0o644 | 0o100000) << 16) | 32) >>> 0;

function write(entries: { name: Buffer; utf8: boolean; data: Deflated }[]): Buffer {
  const time = dosTime(ZIP_DATE);
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const { name, utf8, data } of entries) {
    const flags = DESCRIPTOR | (utf8 ? UTF8 : 0);
    offsets.push(offset);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LFH, 0);
    local.writeUInt16LE(MIN_VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(data.method, 8);
    local.writeUInt32LE(time >>> 0, 10);
    // crc and sizes (14..25) stay zero: they follow in the data descriptor.
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(SIG_DD, 0);
    descriptor.writeUInt32LE(data.crc, 4);
    descriptor.writeUInt32LE(data.body.length, 8);
    descriptor.writeUInt32LE(data.size, 12);
    chunks.push(local, name, data.body, descriptor);
    offset += local.length + name.length + data.body.length + descriptor.length;
  }
  const centralOffset = offset;
  entries.forEach(({ name, utf8, data }, i) => {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(SIG_CFH, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(MIN_VERSION, 6);
    central.writeUInt16LE(DESCRIPTOR | (utf8 ? UTF8 : 0), 8);
    central.writeUInt16LE(data.method, 10);
    central.writeUInt32LE(time >>> 0, 12);
    central.writeUInt32LE(data.crc, 16);
    central.writeUInt32LE(data.body.length, 20);
    central.writeUInt32LE(data.size, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes (30..37) are zero.
    central.writeUInt32LE(EXTERNAL, 38);
    central.writeUInt32LE(offsets[i]!, 42);
    chunks.push(central, name);
    offset += central.length + name.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralOffset, 12);
  end.writeUInt32LE(centralOffset, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

/** archiver's zip of the entries: the reference layout, and the writer for lists this file does not model. */
export async function archived(entries: OutFile[]): Promise<Buffer> {
  entries.forEach(checkEntry);
  // Loaded on first use: the build's own writer handles its zips, and archiver is a few dozen modules to load.
  const { ZipArchive } = await import('archiver');
  const zip = new ZipArchive({ zlib: { level: LEVEL }, forceLocalTime: false });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.on('data', (c: Buffer) => chunks.push(c));
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    zip.on('error', reject);
    zip.on('warning', reject);
  });
  for (const e of entries) zip.append(e.data, { name: e.path, date: ZIP_DATE, mode: 0o644 });
  await zip.finalize();
  return done;
}
