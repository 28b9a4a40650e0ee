// The tables: the opportunity shell (behaviour 2) and a custom table (behaviour 0), unpacked and packed.
import { describe, expect, it } from 'vitest';
import { printXml } from '../../../src/solution/schema/xml';
import { emptyRibbonDiff } from '../../../src/solution/schema/entity';
import { attr, attributeOf, child, file, findAll, parseXml, project, root } from './helpers';

const names = (entityXml: string) => findAll(root(entityXml), 'attribute').map((a) => attr(a, 'PhysicalName'));

describe('opportunity shell (system table, root behaviour 2)', () => {
  const xml = file(project(), 'Entities/Opportunity/Entity.xml');

  it('has the shell header and only <attributes> inside <entity>, then the three placeholders', () => {
    const lines = xml.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>',
      '<Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '  <Name LocalizedName="Opportunity" OriginalName="">Opportunity</Name>',
      '  <EntityInfo>',
      '    <entity Name="Opportunity">',
      '      <attributes>',
    ]);
    expect(lines.slice(-8)).toEqual([
      '        </attribute>',
      '      </attributes>',
      '    </entity>',
      '  </EntityInfo>',
      '  <FormXml />',
      '  <SavedQueries />',
      '  <RibbonDiffXml />',
      '</Entity>',
    ]);
  });

  it('carries the eight contract cosell_ columns and the two sync-owned solution records, sorted case-insensitively', () => {
    expect(names(xml)).toEqual([
      'cosell_Audit',
      'cosell_MicrosoftCrmIdentifier',
      'cosell_MicrosoftHelp',
      'cosell_Products',
      'cosell_ReferralIdentifier',
      'cosell_ReferralLink',
      'cosell_ReferralSolutionIds',
      'cosell_ReferralVisibility',
      'cosell_SolutionRowIds',
      'cosell_SyncWithPartnerCenter',
    ]);
    const products = attributeOf(root(xml), 'cosell_Products');
    expect(attr(findAll(products, 'Description')[0]!, 'description')).toMatch(/^Deprecated/);
  });
});

describe('custom table cosell_SolutionDetail (root behaviour 0)', () => {
  const xml = file(project(), 'Entities/cosell_SolutionDetail/Entity.xml');
  const entity = child(child(root(xml), 'EntityInfo')!, 'entity')!;

  it('starts with names and description, as a new table exports', () => {
    expect(xml.split('\n').slice(1, 15).join('\n')).toBe(`<Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Name LocalizedName="Solution Detail" OriginalName="Solution Detail">cosell_SolutionDetail</Name>
  <EntityInfo>
    <entity Name="cosell_SolutionDetail">
      <LocalizedNames>
        <LocalizedName description="Solution Detail" languagecode="1033" />
      </LocalizedNames>
      <LocalizedCollectionNames>
        <LocalizedCollectionName description="Solution Details" languagecode="1033" />
      </LocalizedCollectionNames>
      <Descriptions>
        <Description description="Catalogue of co-sell-ready partner solutions and Microsoft solutions, with their Partner Center solution id." languagecode="1033" />
      </Descriptions>
      <attributes>`);
  });

  it('has its columns, the primary name and key, and every system column, sorted', () => {
    expect(names(xml)).toEqual([
      'cosell_Name',
      'cosell_PublisherName',
      'cosell_SolutionDetailId',
      'cosell_SolutionId',
      'cosell_SolutionType',
      'CreatedBy',
      'CreatedOn',
      'CreatedOnBehalfBy',
      'ImportSequenceNumber',
      'ModifiedBy',
      'ModifiedOn',
      'ModifiedOnBehalfBy',
      'OverriddenCreatedOn',
      'OwnerId',
      'OwningBusinessUnit',
      'OwningTeam',
      'OwningUser',
      'statecode',
      'statuscode',
      'TimeZoneRuleVersionNumber',
      'UTCConversionTimeZoneCode',
    ]);
  });

  it('names the state option sets after the table and the key after the table display name', () => {
    const state = attributeOf(root(xml), 'statecode');
    expect(attr(findAll(state, 'optionset')[0]!, 'Name')).toBe('cosell_solutiondetail_statecode');
    expect(findAll(state, 'Description').map((d) => attr(d, 'description'))).toEqual([
      'Status of the Solution Detail',
      'Status of the Solution Detail',
    ]);
    const key = attributeOf(root(xml), 'cosell_SolutionDetailId');
    expect(attr(findAll(key, 'displayname')[0]!, 'description')).toBe('Solution Detail');
  });

  it('ends <entity> with the entity set name and the 64 entity-level properties', () => {
    const after = entity.children.slice(entity.children.findIndex((c) => c.name === 'attributes') + 1);
    expect(after.length).toBe(65);
    expect(after[0]).toMatchObject({ name: 'EntitySetName', text: 'cosell_solutiondetails' });
    expect(after.find((c) => c.name === 'OwnershipTypeMask')?.text).toBe('UserOwned');
    expect(after.at(-1)?.name).toBe('IsSolutionAware');
  });

  it('ships an empty ribbon diff beside Entity.xml', () => {
    expect(file(project(), 'Entities/cosell_SolutionDetail/RibbonDiff.xml')).toBe(
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n' +
        printXml(emptyRibbonDiff()).replace('<RibbonDiffXml>', '<RibbonDiffXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'),
    );
  });
});

describe('packed <Entities>', () => {
  const entities = parseXml(`<Entities>${project().entitiesXml}</Entities>`)[0]!.children;

  it('lists one <Entity> per table, by logical name', () => {
    expect(entities.map((e) => child(e, 'Name')!.text)).toEqual(['cosell_PartnerCenterSolution', 'cosell_SolutionDetail', 'Opportunity']);
  });

  it('fills the placeholders from the unpacked form, view and ribbon files', () => {
    const c = project();
    for (const e of entities) {
      const dir = `Entities/${child(e, 'Name')!.text}`;
      const unpacked = root(file(c, `${dir}/Entity.xml`));
      expect(e.children.slice(0, 2)).toEqual(unpacked.children.slice(0, 2));
      const forms = c.files.filter((f) => f.unpackedPath.startsWith(`${dir}/FormXml/main/`));
      const packedForms = findAll(child(e, 'FormXml')!, 'systemform');
      expect(packedForms).toEqual(forms.map((f) => child(root(String(f.content)), 'systemform')));
      expect(attr(child(child(e, 'FormXml')!, 'forms')!, 'type')).toBe('main');
      const views = c.files.filter((f) => f.unpackedPath.startsWith(`${dir}/SavedQueries/`));
      expect(findAll(child(e, 'SavedQueries')!, 'savedquery')).toEqual(views.map((f) => child(root(String(f.content)), 'savedquery')));
      const ribbon = c.files.find((f) => f.unpackedPath === `${dir}/RibbonDiff.xml`);
      const packedRibbon = child(e, 'RibbonDiffXml')!;
      expect(packedRibbon.children).toEqual(ribbon ? root(String(ribbon.content)).children : []);
    }
  });
});
