// Validation reuses parsed XML, parsed workflow JSON and workflow-json findings of identical files: repeated and
// shared files give the same findings as fresh ones, and callers changing findings do not change later results.
import { describe, expect, it } from 'vitest';
import { treeSource, validateSource } from '../../src/solution/validate';
import { projectPackage } from './helpers';

describe('validation of repeated files', () => {
  it('reports the same findings each time, unaffected by changes to earlier results', async () => {
    const pkg = await projectPackage();
    const flow = pkg.unmanaged.find((f) => /^Workflows\/.*\.json$/.test(f.path))!;
    const json = JSON.parse(flow.data.toString('utf8'));
    json.properties.definition.triggers.second = json.properties.definition.triggers[Object.keys(json.properties.definition.triggers)[0]!];
    const broken = pkg.unmanaged.map((f) => (f === flow ? { ...f, data: Buffer.from(JSON.stringify(json, null, 2)) } : f));
    const source = () => ({ ...treeSource(broken, 'x.zip'), layout: 'packed' as const });
    const first = validateSource(source());
    expect(first.some((f) => f.check === 'workflow-json' && f.file === flow.path && /exactly one trigger/.test(f.message))).toBe(true);
    const snapshot = structuredClone(first);
    for (const f of first) f.message = 'changed';
    expect(validateSource(source())).toEqual(snapshot);
    // The managed zip holds the same workflow files: the same workflow-json findings.
    const managed = pkg.managed.map((f) => (f.path === flow.path ? broken.find((b) => b.path === flow.path)! : f));
    const other = validateSource({ ...treeSource(managed, 'y.zip'), layout: 'packed' });
    expect(other.filter((f) => f.check === 'workflow-json')).toEqual(snapshot.filter((f) => f.check === 'workflow-json'));
  });

  it('still reports malformed XML on every read', async () => {
    const pkg = await projectPackage();
    const bad = pkg.unmanaged.map((f) => (f.path === 'customizations.xml' ? { ...f, data: Buffer.from('<ImportExportXml><oops></ImportExportXml>') } : f));
    const run = () => validateSource({ ...treeSource(bad, 'z.zip'), layout: 'packed' }).filter((f) => f.check === 'xml');
    const a = run();
    expect(a.length).toBeGreaterThan(0);
    expect(run()).toEqual(a);
  });
});
