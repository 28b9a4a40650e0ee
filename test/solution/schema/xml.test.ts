import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeText, printXml, textEl, unpackedDocument } from '../../../src/solution/schema/xml';
import { root } from './helpers';

describe('schema XML printer', () => {
  it('escapes text and attributes the XML way, never with HTML entities', () => {
    expect(escapeText(`a & <b> "c" 'd' é`)).toBe(`a &amp; &lt;b&gt; "c" 'd' é`);
    expect(escapeAttr(`Approver's "UPN" & <id>`)).toBe(`Approver's &quot;UPN&quot; &amp; &lt;id&gt;`);
    expect(escapeAttr('two\nlines\tand\rmore')).toBe('two&#xA;lines&#x9;and&#xD;more');
  });

  it('prints empty elements as <X />, empty text as <X></X>, two-space indentation', () => {
    const xml = printXml(
      el('attribute', { PhysicalName: 'cosell_A&B' }, textEl('AutoNumberFormat', ''), el('LookupTypes'), textEl('MaxLength', 100)),
    );
    expect(xml).toBe(
      [
        '<attribute PhysicalName="cosell_A&amp;B">',
        '  <AutoNumberFormat></AutoNumberFormat>',
        '  <LookupTypes />',
        '  <MaxLength>100</MaxLength>',
        '</attribute>',
      ].join('\n'),
    );
  });

  it('drops undefined attributes and false children, flattens child arrays', () => {
    const xml = printXml(el('control', { id: 'x', disabled: undefined }, false, [textEl('a', 1), [textEl('b', 2)]], null));
    expect(xml).toBe('<control id="x">\n  <a>1</a>\n  <b>2</b>\n</control>');
  });

  it('writes unpacked documents like SolutionPackager: BOM, declaration, xmlns:xsi last on the root, LF', () => {
    const doc = unpackedDocument(el('optionset', { Name: 'n', localizedName: 'Tom & "Jerry"' }, textEl('IsGlobal', 1)));
    expect(doc).toBe(
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n' +
        '<optionset Name="n" localizedName="Tom &amp; &quot;Jerry&quot;" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '  <IsGlobal>1</IsGlobal>\n' +
        '</optionset>',
    );
    expect(XMLValidator.validate(doc.slice(1))).toBe(true);
    expect(root(doc).attrs.find(([k]) => k === 'localizedName')?.[1]).toBe('Tom & "Jerry"');
  });
});
