// Flows written with the DSL (every builder the importer writes), compiled, imported and rebuilt: the rebuilt
// JSON must equal the compiled JSON, with typed code throughout except where the source itself was raw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAll, loadFlows } from '../../src/compile/build';
import { loadSolutionConfig } from '../../src/solution/config';
import type { ImportResult } from '../../src/import';
import { FIXTURES, project } from './fixtures';
import { GENERATED, ROOT, exportOf, notesOf, runImport, scratch, typeErrors } from './support';
import { rmSync } from 'node:fs';
import path from 'node:path';

const keep = () => process.env.KEEP_GENERATED === '1';

describe('DSL fixtures: compile, import, rebuild', () => {
  let result: ImportResult;
  const dir = scratch('dsl-fixtures');
  beforeAll(async () => {
    result = await runImport(
      FIXTURES.map((f) => exportOf(f, project, FIXTURES)),
      dir,
      { project: () => project },
    );
  }, 60_000);
  afterAll(() => void (keep() || rmSync(dir, { recursive: true, force: true })));

  it('every flow rebuilds to exactly its compiled JSON (only operationMetadataId, child ids and order normalised)', () => {
    for (const f of result.flows) {
      expect(f.roundTrip?.failure, f.file).toBeUndefined();
      expect(f.roundTrip?.comparison?.differences, f.file).toEqual([]);
      expect(
        f.roundTrip?.comparison?.applied.filter((a) => !['operationIds', 'childFlowIds', 'memberOrder'].includes(a)),
        f.file,
      ).toEqual([]);
    }
  });

  it('needs no fallback: every typed translation round-trips the first time', () => {
    expect(result.flows.flatMap((f) => f.fellBack.map((p) => `${f.file} ${p}`))).toEqual([]);
  });

  it('writes raw only what the source wrote raw', () => {
    expect(notesOf(result, 'raw')).toEqual([
      "Import test | Control Try/Wait_a_bit: written raw: the DSL does not model 'Wait' actions",
      "Import test | Control Try/Expression: written raw: the DSL does not model 'Expression' actions",
      'Import test | Raw trigger triggers/When_a_file_is_created: written raw: the DSL does not model this trigger as it is',
    ]);
    expect(notesOf(result, 'extra')).toEqual([]);
  });

  it('calls the child flow through its imported module, typed by its inputs', () => {
    const parent = result.flows.find((f) => f.source.name === 'Import test | Parent')!;
    expect(parent.code).toContain("import importTestHelper from './import-test-helper.flow';");
    expect(parent.code).toMatch(/runChildFlow\(\s*'Run helper',\s*importTestHelper,/);
    const child = result.flows.find((f) => f.source.name === 'Import test | Helper')!;
    expect(child.code).toContain("export default childFlow(\n  'Import test | Helper',");
  });

  it('generated modules typecheck under the project tsconfig', () => {
    expect(typeErrors(path.join(dir, 'out'))).toEqual([]);
  });
});

describe('our own flows (flows-src): compile, import, rebuild', () => {
  let result: ImportResult;
  const dir = scratch('flows-src');
  beforeAll(async () => {
    const config = loadSolutionConfig(path.join(ROOT, 'solution-template', 'solution.yaml'));
    const loaded = await loadFlows(path.join(ROOT, 'flows-src'), ROOT);
    const all = loaded.flows.map((f) => f.flow);
    expect(compileAll(loaded.flows, config).problems).toEqual([]);
    result = await runImport(
      all.map((f) => exportOf(f, config, all)),
      dir,
      { project: () => config },
    );
  }, 60_000);
  afterAll(() => void (keep() || rmSync(dir, { recursive: true, force: true })));

  it('finds the flows', () => {
    expect(result.flows.length).toBeGreaterThan(0);
  });

  it('rebuilds each exactly, typed throughout', () => {
    for (const f of result.flows) {
      expect(f.roundTrip?.failure, f.file).toBeUndefined();
      expect(f.roundTrip?.comparison?.differences, f.file).toEqual([]);
      expect(f.notes, f.file).toEqual([]);
      expect(f.fellBack, f.file).toEqual([]);
    }
  });

  it('generated modules typecheck under the project tsconfig', () => {
    expect(typeErrors(path.join(dir, 'out'))).toEqual([]);
  });
});

export { GENERATED };
