// XML the model never reads is only checked for well-formedness, and customizations.xml keeps the sections it
// never reads as text: their errors are still reported at their lines, and the elements read keep theirs.
import { describe, expect, it } from 'vitest';
import type { OutFile } from '../../src/solution/package';
import { errorsOf, formatFinding, validateSource } from '../../src/solution/validate';
import { readModel } from '../../src/solution/validate/model';
import { obj } from '../../src/solution/validate/xml';
import { fromSchema, mergeParts } from '../../src/solution/parts';
import { edited, projectConfig, projectPackage, sourceOf, stubConnectors, text } from './helpers';
import { project } from './schema/helpers';

const errors = (files: OutFile[], layout: 'packed' | 'unpacked' = 'packed') =>
  errorsOf(validateSource(sourceOf(files, layout))).map((f) => formatFinding(f));
/** The 1-based line of a text that first contains `s`. */
const lineOf = (t: string, s: string) => t.split('\n').findIndex((l) => l.includes(s)) + 1;

describe('XML the model does not read', async () => {
  // With the project's tables: <Entities> and <EntityRelationships> are most of customizations.xml.
  const pkg = await projectPackage(mergeParts([fromSchema(project()), stubConnectors(projectConfig())]));
  const packed = pkg.unmanaged;
  const entity = pkg.unpacked.find((f) => /^Entities\/[^/]+\/Entity\.xml$/.test(f.path))!.path;

  it('reports a malformed Entity.xml of an unpacked tree at its line', () => {
    const t = text(pkg.unpacked, entity);
    expect(t).toContain('</LogicalName>');
    const broken = edited(pkg.unpacked, entity, (x) => x.replace('</LogicalName>', '</LogicalNam>'));
    expect(errors(broken, 'unpacked')).toEqual([
      expect.stringMatching(new RegExp(`^error: ${entity}:${lineOf(t, '</LogicalName>')}: XML is not well-formed: `)),
    ]);
  });

  it('reports malformed <Entities> and <EntityRelationships> content of customizations.xml at its line', () => {
    const t = text(packed, 'customizations.xml');
    const cases: [string, string, string][] = [
      ['</LogicalName>', '</LogicalNam>', 'Entities'], // a mismatched closing tag
      ['<attribute PhysicalName="', '<attribute Bad="1" Bad="2" PhysicalName="', 'Entities'], // a repeated attribute
      ['<EntityRelationship Name="', '<EntityRelationship bare Name="', 'EntityRelationships'], // an attribute without a value
    ];
    for (const [from, to, section] of cases) {
      const line = lineOf(t, from);
      expect(line).toBeGreaterThan(lineOf(t, `<${section}>`));
      expect(line).toBeLessThan(lineOf(t, `</${section}>`));
      expect(errors(edited(packed, 'customizations.xml', (x) => x.replace(from, to)))).toEqual([
        expect.stringMatching(new RegExp(`^error: customizations\\.xml:${line}: XML is not well-formed: `)),
      ]);
    }
  });

  it('keeps the lines of workflows, connectors and connection references after the sections kept as text', () => {
    for (const eol of ['\r\n', '\n']) {
      // Markup inside <Entities> that looks like its end or like a section read: comments, CDATA, a nested <Entities>.
      const tricky = `<!-- </Entities> <Workflows> -->${eol}<![CDATA[</Entities><Workflow>]]>${eol}<Entities><x/></Entities>${eol}`;
      const files = edited(packed, 'customizations.xml', (x) =>
        x.replace(/\r\n/g, eol).replace('<EntityInfo>', `<EntityInfo>${eol}${tricky}`),
      );
      const t = text(files, 'customizations.xml');
      expect(errors(files)).toEqual([]);
      const model = readModel(sourceOf(files));
      const root = obj(model.customizations!.root.ImportExportXml);
      expect(root.Entities).toEqual(expect.any(String)); // kept as text, not built into objects
      expect(root.EntityRelationships).toEqual(expect.any(String));
      expect(model.workflows.length).toBeGreaterThan(0);
      for (const w of model.workflows) expect(w.line).toBe(lineOf(t, `<Workflow WorkflowId="${w.id}"`));
      expect(model.connectors.length).toBeGreaterThan(0);
      for (const c of model.connectors) expect(c.line).toBe(lineOf(t, `<connectorid>${c.id}<`) - 1);
      expect(model.connectionReferences.length).toBeGreaterThan(0);
      for (const r of model.connectionReferences)
        expect(r.line).toBe(lineOf(t, `<connectionreference connectionreferencelogicalname="${r.logicalName}"`));
      // Lines of child elements, found from their workflow's start.
      const w = model.workflows.at(-1)!;
      expect(w.doc.childLine(w.node, 'JsonFileName')).toBe(lineOf(t, `<JsonFileName>${w.jsonFileName}<`));
    }
  });

  it('reports a solution.xml whose XML declaration the parser refuses, without crashing', () => {
    const broken = edited(packed, 'solution.xml', (x) => '<?xml versi' + x);
    expect(errors(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^error: solution\.xml.*XML is not well-formed: /)]));
  });
});
