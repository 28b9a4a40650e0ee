// Templates: every value is escaped for XML by an explicit helper, and the output is well-formed XML.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DIR, render } from '../../src/solution/templates';
import { environmentVariableView } from '../../src/solution/views';
import { bracedGuid, plainGuid, reindent, upperGuid, xmlAttr, xmlText } from '../../src/solution/xml';

const templates = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.hbs'));

describe('solution templates', () => {
  it('cover the files of a solution', () => {
    expect(templates.sort()).toEqual([
      'content-types.xml.hbs',
      'customizations.xml.hbs',
      'environmentvariabledefinition.xml.hbs',
      'solution.xml.hbs',
      'workflow.data.xml.hbs',
      'workflow.xml.hbs',
    ]);
  });

  // Handlebars runs with noEscape: a bare {{value}} would be inserted unescaped. Only helpers may output values.
  it.each(templates)('%s outputs values only through the text, attr or indent helpers', (name) => {
    const source = readFileSync(join(TEMPLATE_DIR, name), 'utf8');
    const bare = [...source.matchAll(/\{\{\{?~?\s*([^}]*?)\s*~?\}?\}\}/g)]
      .map((m) => m[1]!)
      .filter((inner) => !/^(#|\/|!|>|else\b)/.test(inner) && !/^(text|attr|indent)\s/.test(inner));
    expect(bare).toEqual([]);
  });

  it('escapes for XML, not HTML', () => {
    expect(xmlText(`a & b < c > d "e" 'f' = \``)).toBe(`a &amp; b &lt; c &gt; d "e" 'f' = \``);
    expect(xmlAttr(`a & "b" 'c'\nd`)).toBe(`a &amp; &quot;b&quot; 'c'&#xA;d`);
    expect(() => xmlText('bell \u0007')).toThrow(/U\+0007 cannot appear in XML/);
    expect(() => xmlText(undefined)).toThrow(/missing/);
  });

  it('renders well-formed XML that reads back to the original text', () => {
    const tricky = `Tom & Jerry's <"deal"> = 5 \u00e9\u4e2d`;
    const xml = render(
      'environmentvariabledefinition.xml',
      environmentVariableView({ schemaName: 'cosell_x', displayName: tricky, type: 'String', defaultValue: tricky, description: tricky }),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml);
    const def = parsed.environmentvariabledefinition;
    expect(def.defaultvalue).toBe(tricky);
    expect(def.displayname['@default']).toBe(tricky);
    expect(def.description.label['@description']).toBe(tricky);
    expect(xml.endsWith('</environmentvariabledefinition>')).toBe(true);
  });

  it('spells GUIDs as exports do', () => {
    const id = '8FDE32D5-CF10-ED11-B83D-000D3ADA9E5F';
    expect(bracedGuid(id)).toBe('{8fde32d5-cf10-ed11-b83d-000d3ada9e5f}');
    expect(plainGuid(`{${id}}`)).toBe('8fde32d5-cf10-ed11-b83d-000d3ada9e5f');
    expect(upperGuid(id.toLowerCase())).toBe(id);
    expect(() => bracedGuid('not-a-guid')).toThrow(/not a GUID/);
  });

  it('re-indents producer fragments whatever their own indentation', () => {
    expect(reindent('\n      <a>\n        <b />\n      </a>\n', 4)).toBe('    <a>\n      <b />\n    </a>');
  });
});
