// The "Partner Center" main form of opportunity (a separate custom main form) and the custom tables' forms.
import { describe, expect, it } from 'vitest';
import { deriveGuid } from '../../../src/dsl/names';
import { formId, formPartId, viewId } from '../../../src/solution/schema/ids';
import { attr, child, file, findAll, project, root, type XNode } from './helpers';

const FORM_ID = `{${deriveGuid('dataverse-schema', 'systemform', 'opportunity', 'main', 'Partner Center')}}`;
const path = `Entities/Opportunity/FormXml/main/${FORM_ID}.xml`;

describe('Partner Center form on opportunity', () => {
  const xml = file(project(), path);
  const form = root(xml);

  it('is Entities/Opportunity/FormXml/main/{formid}.xml with a UUIDv5 id of its names', () => {
    expect(formId('opportunity', 'main', 'Partner Center')).toBe(FORM_ID);
    expect(FORM_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
    expect(findAll(form, 'formid')[0]!.text).toBe(FORM_ID);
    expect(findAll(form, 'LocalizedName').map((n) => attr(n, 'description'))).toEqual(['Partner Center']);
  });

  it('puts the eight columns in the Partner Center section, read-only where the sync writes', () => {
    const section = findAll(form, 'section').find((s) => findAll(s, 'label')[0] && attr(findAll(s, 'label')[0]!, 'description') === 'Partner Center')!;
    expect(attr(section, 'showlabel')).toBe('true');
    const controls = findAll(section, 'control').map((c) => [attr(c, 'id'), attr(c, 'disabled') ?? '']);
    expect(controls).toEqual([
      ['cosell_syncwithpartnercenter', ''],
      ['cosell_referralidentifier', 'true'],
      ['cosell_referrallink', 'true'],
      ['cosell_microsofthelp', ''],
      ['cosell_referralvisibility', ''],
      ['cosell_microsoftcrmidentifier', 'true'],
      ['cosell_products', 'true'],
      ['cosell_audit', 'true'],
      ['PartnerCenterSolutions', ''],
    ]);
  });

  it('writes a field cell and the solutions sub-grid cell exactly', () => {
    const lines = xml.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    const help = at('datafieldname="cosell_microsofthelp"');
    expect(lines.slice(help - 4, help + 2).join('\n')).toBe(`                      <cell id="${formPartId(FORM_ID, 'cell', 'cosell_microsofthelp')}">
                        <labels>
                          <label description="How can Microsoft help?" languagecode="1033" />
                        </labels>
                        <control id="cosell_microsofthelp" classid="{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}" datafieldname="cosell_microsofthelp" />
                      </cell>`);
    const grid = at('indicationOfSubgrid');
    const view = viewId('cosell_partnercentersolution', 'associated');
    expect(lines.slice(grid - 4, grid + 10).join('\n')).toBe(`                      <cell id="${formPartId(FORM_ID, 'cell', 'PartnerCenterSolutions')}" locklevel="0" colspan="1" rowspan="1">
                        <labels>
                          <label description="Partner Center Solutions" languagecode="1033" />
                        </labels>
                        <control id="PartnerCenterSolutions" classid="{E7A81278-8635-4D9E-8D4D-59480B391C5B}" indicationOfSubgrid="true">
                          <parameters>
                            <TargetEntityType>cosell_partnercentersolution</TargetEntityType>
                            <RelationshipName>cosell_partnercentersolution_Opportunity_opportunity</RelationshipName>
                            <ViewId>${view}</ViewId>
                            <ViewIds>${view}</ViewIds>
                            <EnableViewPicker>false</EnableViewPicker>
                          </parameters>
                        </control>
                      </cell>`);
  });

  it('points the sub-grid at a relationship and an associated view the solution ships', () => {
    const c = project();
    const params = findAll(form, 'parameters')[0]!;
    const value = (n: string) => child(params, n)!.text;
    const rel = findAll(root(file(c, 'Other/Relationships/Opportunity.xml')), 'EntityRelationship')[0]!;
    expect(attr(rel, 'Name')).toBe(value('RelationshipName'));
    const viewXml = file(c, `Entities/cosell_PartnerCenterSolution/SavedQueries/${value('ViewId')}.xml`);
    expect(findAll(root(viewXml), 'querytype')[0]!.text).toBe('2');
    expect(findAll(root(viewXml), 'entity')[0]!.attrs).toEqual([['name', value('TargetEntityType')]]);
  });

  it('derives every tab, section and cell id from names, all distinct', () => {
    const ids = [...findAll(form, 'tab'), ...findAll(form, 'section'), ...findAll(form, 'cell')].map((n: XNode) => attr(n, 'id')!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(formPartId(FORM_ID, 'tab', 'Partner Center'));
    for (const id of ids) expect(id).toMatch(/^\{[0-9a-f-]{36}\}$/);
  });
});

describe('custom table forms', () => {
  it('give each custom table an "Information" main form with its columns and owner', () => {
    const c = project();
    const forms = c.files.filter((f) => /^Entities\/cosell_[^/]+\/FormXml\/main\//.test(f.unpackedPath));
    expect(forms.length).toBe(2);
    const solution = forms.find((f) => f.unpackedPath.includes('PartnerCenterSolution'))!;
    const controls = findAll(root(String(solution.content)), 'control').map((n) => [attr(n, 'id'), attr(n, 'classid')]);
    expect(controls).toEqual([
      ['cosell_name', '{4273EDBD-AC1D-40d3-9FB2-095C621B552D}'],
      ['cosell_opportunity', '{270BD3DB-D9AF-4782-9025-509E298DEC0A}'],
      ['cosell_solutiondetail', '{270BD3DB-D9AF-4782-9025-509E298DEC0A}'],
      ['ownerid', '{270BD3DB-D9AF-4782-9025-509E298DEC0A}'],
    ]);
    const labels = findAll(root(String(solution.content)), 'cell').map((n) => attr(findAll(n, 'label')[0]!, 'description'));
    expect(labels).toEqual(['Name', 'Opportunity', 'Solution', 'Owner']);
  });
});
