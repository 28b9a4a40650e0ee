// zipAll/zipEntries write exactly archiver's bytes (the reference layout), deflating shared entries once.
import { describe, expect, it } from 'vitest';
import { archived, zipAll, zipEntries } from '../../src/solution/zip';
import { readZipBuffer } from '../../src/solution/validate';
import { projectPackage } from './helpers';

describe('zip writer', () => {
  it('writes the same bytes as archiver for the project packages', async () => {
    const pkg = await projectPackage();
    const [unmanaged, managed, tree] = await zipAll([pkg.unmanaged, pkg.managed, pkg.unpacked]);
    expect(unmanaged!.equals(await archived(pkg.unmanaged))).toBe(true);
    expect(managed!.equals(await archived(pkg.managed))).toBe(true);
    expect(tree!.equals(await archived(pkg.unpacked))).toBe(true);
    expect((await zipEntries(pkg.unmanaged)).equals(unmanaged!)).toBe(true);
  });

  it('matches archiver on empty entries, non-ASCII names and repeated contents', async () => {
    const same = Buffer.from('<a>same</a>');
    const entries = [
      { path: 'empty.txt', data: Buffer.alloc(0) },
      { path: 'dé/ü.json', data: Buffer.from('{"a": "é"}') },
      { path: 'a.xml', data: same },
      { path: 'b/a.xml', data: Buffer.from(same) },
      { path: 'big.bin', data: Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251)) },
    ];
    expect((await zipEntries(entries)).equals(await archived(entries))).toBe(true);
    const read = await readZipBuffer(await zipEntries(entries), 'test.zip');
    expect([...read.files.keys()]).toEqual(entries.map((e) => e.path));
    for (const e of entries) expect(read.files.get(e.path)!.equals(e.data)).toBe(true);
  });

  it('falls back to archiver for names it would rewrite, and refuses backslashes and folders', async () => {
    const odd = [{ path: '/rooted.txt', data: Buffer.from('x') }];
    expect((await zipEntries(odd)).equals(await archived(odd))).toBe(true);
    await expect(zipEntries([{ path: 'a\\b.txt', data: Buffer.from('x') }])).rejects.toThrow(/forward-slash/);
    await expect(zipEntries([{ path: 'dir/', data: Buffer.alloc(0) }])).rejects.toThrow(/forward-slash/);
  });
});
