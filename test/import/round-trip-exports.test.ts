// Every real exported flow in ../shared (bare workflow JSON and whole solutions, packed, unpacked and zipped):
// imported, rebuilt in-process and compared with the export. Each flow must rebuild exactly, except for the
// raw/extra uses and differences listed here, each with its reason.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ImportResult, type ImportedFlow, readFlowFile, readImportSource } from '../../src/import';
import { zipEntries } from '../../src/solution/zip';
import { HAVE_SHARED, SHARED, runImport, scratch, title, typeErrors } from './support';

interface Expected {
  raw?: string[];
  extra?: string[];
  differences?: string[];
}

/** By flow file name prefix. Anything not listed must be absent: typed code throughout, no difference. */
const EXPECTED: Record<string, Expected> = {
  // An old-designer If without an `else` member: the DSL always writes `else`, so it is removed with extra.
  'BACoreChildGetUserMailboxSettings-': { extra: ['Each_User/If_Approver_UPN_exists/Condition'] },
  // A Power Apps (V2) trigger, not modelled; a custom connector action whose apiId is "" (the DSL derives it
  // from api.name); the connection reference's runtimeSource 'invoker', which the compiler does not model.
  'Flowdlakonektorakurswwalut-': {
    raw: ['triggers/manual', 'Kurs_określonej_waluty'],
    differences: ['connectionReferences/shared_cre80-5fkursy-20walut-20nbp-5f9f745961df205669'],
  },
};

const expectedOf = (f: ImportedFlow) =>
  EXPECTED[Object.keys(EXPECTED).find((p) => path.basename(f.source.file).startsWith(p)) ?? ''] ?? {};

/** Solution folders: a packed root (solution.xml/customizations.xml) or pac's unpacked Other/ folder. */
function solutionFolders(dir: string): string[] {
  const names = readdirSync(dir);
  if (
    names.includes('customizations.xml') ||
    (names.includes('Other') && existsSync(path.join(dir, 'Other', 'Customizations.xml')))
  )
    return [dir];
  return names.filter((n) => statSync(path.join(dir, n)).isDirectory()).flatMap((n) => solutionFolders(path.join(dir, n)));
}

function flowFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? flowFiles(p) : /-[0-9A-F-]{36}\.json$/i.test(n) ? [p] : [];
  });
}

function check(result: ImportResult): void {
  for (const f of result.flows) {
    const e = expectedOf(f);
    const at = (kind: string) =>
      f.notes
        .filter((n) => n.kind === kind)
        .map((n) => n.path)
        .sort();
    expect(f.roundTrip?.failure, f.file).toBeUndefined();
    expect(f.fellBack, `${f.file}: typed code that did not round-trip`).toEqual([]);
    expect(f.roundTrip?.comparison?.differences.map((d) => d.path).sort(), f.file).toEqual([...(e.differences ?? [])].sort());
    expect(at('raw'), f.file).toEqual([...(e.raw ?? [])].sort());
    expect(at('extra'), f.file).toEqual([...(e.extra ?? [])].sort());
  }
}

const keep = () => process.env.KEEP_GENERATED === '1';
const dirs: string[] = [];
afterAll(() => void (keep() || dirs.forEach((d) => rmSync(d, { recursive: true, force: true }))));

describe.skipIf(!HAVE_SHARED)(title('real exported flows: import, rebuild, compare'), () => {
  const bare = HAVE_SHARED ? flowFiles(path.join(SHARED, 'flow-examples')) : [];
  const solutions = HAVE_SHARED ? solutionFolders(path.join(SHARED, 'solution-examples')) : [];

  it('finds the reference flows and solutions', () => {
    expect(bare.length).toBeGreaterThanOrEqual(4);
    expect(solutions.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of bare) {
    it(`flow-examples/${path.relative(path.join(SHARED, 'flow-examples'), file)}`, async () => {
      const dir = scratch(`bare-${path.basename(file, '.json').slice(0, 24)}`);
      dirs.push(dir);
      const result = await runImport([readFlowFile(file)], dir);
      check(result);
      expect(typeErrors(path.join(dir, 'out'))).toEqual([]);
    }, 60_000);
  }

  for (const folder of solutions) {
    it(`solution-examples/${path.relative(path.join(SHARED, 'solution-examples'), folder)}`, async () => {
      const source = await readImportSource(folder);
      const dir = scratch(`solution-${path.basename(folder)}`);
      dirs.push(dir);
      const result = await runImport(source.flows, dir, {}, source);
      check(result);
      // A workflow whose JSON the folder lacks is reported, not silently skipped.
      for (const p of source.problems) expect(p).toMatch(/is missing from the solution; not imported$/);
      if (result.flows.length) expect(typeErrors(path.join(dir, 'out'))).toEqual([]);
    }, 60_000);
  }

  it('imports every exported flow of the reference data: 4 bare + 3 in solutions, 1 reported missing', async () => {
    const sources = await Promise.all(solutions.map((s) => readImportSource(s)));
    expect(sources.flatMap((s) => s.flows).length).toBe(3);
    expect(sources.flatMap((s) => s.problems)).toEqual([
      '[Child] Admin | Sync Logs: Workflows/ChildAdminSyncLogs-751183FC-DB68-EA11-A811-000D3A31CF04.json is missing from the solution; not imported',
    ]);
  });

  it('reads a packed solution zip as it reads the extracted folder', async () => {
    const folder = path.join(SHARED, 'solution-examples', 'packed-export-nbp');
    const listing = JSON.parse(readFileSync(path.join(folder, 'zip-entry-listing.json'), 'utf8')) as { name: string }[];
    // The real zip's entry names; the folder keeps only some files (the workflow JSON beside solution.xml).
    const local = (name: string) => [name, path.basename(name)].map((n) => path.join(folder, n)).find((p) => existsSync(p));
    const entries = listing.filter((e) => local(e.name)).map((e) => ({ path: e.name, data: readFileSync(local(e.name)!) }));
    const dir = scratch('zip');
    dirs.push(dir);
    const zip = path.join(dir, 'solution.zip');
    writeFileSync(zip, await zipEntries(entries));
    const fromZip = await readImportSource(zip);
    const fromFolder = await readImportSource(folder);
    expect(fromZip.flows.map((f) => [f.name, f.id, f.file])).toEqual([
      [
        'Flow dla konektora kursów walut',
        '8fde32d5-cf10-ed11-b83d-000d3ada9e5f',
        'Workflows/Flowdlakonektorakurswwalut-8FDE32D5-CF10-ED11-B83D-000D3ADA9E5F.json',
      ],
    ]);
    expect(fromZip.flows[0]!.clientdata).toEqual(fromFolder.flows[0]!.clientdata);
    check(await runImport(fromZip.flows, dir, {}, fromZip));
  }, 60_000);
});
