// The 1:N relationships: files by referenced table, the name index, the packed section.
import { describe, expect, it } from 'vitest';
import { defaultRelationshipName } from '../../../src/solution/schema/relationships';
import { attr, file, findAll, parseXml, project, root } from './helpers';

describe('relationships', () => {
  const c = project();

  it('writes the opportunity lookup relationship in Other/Relationships/Opportunity.xml, in full', () => {
    expect(file(c, 'Other/Relationships/Opportunity.xml')).toBe(`\uFEFF<?xml version="1.0" encoding="utf-8"?>
<EntityRelationships xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <EntityRelationship Name="cosell_partnercentersolution_Opportunity_opportunity">
    <EntityRelationshipType>OneToMany</EntityRelationshipType>
    <IsCustomizable>1</IsCustomizable>
    <IntroducedVersion>1.0.0.0</IntroducedVersion>
    <IsHierarchical>0</IsHierarchical>
    <ReferencingEntityName>cosell_PartnerCenterSolution</ReferencingEntityName>
    <ReferencedEntityName>Opportunity</ReferencedEntityName>
    <CascadeAssign>NoCascade</CascadeAssign>
    <CascadeDelete>Cascade</CascadeDelete>
    <CascadeArchive>NoCascade</CascadeArchive>
    <CascadeReparent>NoCascade</CascadeReparent>
    <CascadeShare>NoCascade</CascadeShare>
    <CascadeUnshare>NoCascade</CascadeUnshare>
    <CascadeRollupView>NoCascade</CascadeRollupView>
    <IsValidForAdvancedFind>1</IsValidForAdvancedFind>
    <ReferencingAttributeName>cosell_Opportunity</ReferencingAttributeName>
    <RelationshipDescription>
      <Descriptions>
        <Description description="" languagecode="1033" />
      </Descriptions>
    </RelationshipDescription>
    <EntityRelationshipRoles>
      <EntityRelationshipRole>
        <NavPaneDisplayOption>UseCollectionName</NavPaneDisplayOption>
        <NavPaneArea>Details</NavPaneArea>
        <NavPaneOrder>10000</NavPaneOrder>
        <NavigationPropertyName>cosell_Opportunity</NavigationPropertyName>
        <RelationshipRoleType>1</RelationshipRoleType>
      </EntityRelationshipRole>
      <EntityRelationshipRole>
        <NavigationPropertyName>cosell_partnercentersolution_Opportunity_opportunity</NavigationPropertyName>
        <RelationshipRoleType>0</RelationshipRoleType>
      </EntityRelationshipRole>
    </EntityRelationshipRoles>
  </EntityRelationship>
</EntityRelationships>`);
  });

  it('stores each relationship in the file of its referenced table', () => {
    const files = c.files.filter((f) => f.unpackedPath.startsWith('Other/Relationships/'));
    const byFile = Object.fromEntries(
      files.map((f) => [f.unpackedPath.slice('Other/Relationships/'.length), findAll(root(String(f.content)), 'EntityRelationship').map((r) => attr(r, 'Name'))]),
    );
    expect(byFile).toEqual({
      'BusinessUnit.xml': ['business_unit_cosell_partnercentersolution', 'business_unit_cosell_solutiondetail'],
      'Opportunity.xml': ['cosell_partnercentersolution_Opportunity_opportunity'],
      'Owner.xml': ['owner_cosell_partnercentersolution', 'owner_cosell_solutiondetail'],
      'SystemUser.xml': [
        'lk_cosell_partnercentersolution_createdby',
        'lk_cosell_partnercentersolution_modifiedby',
        'lk_cosell_solutiondetail_createdby',
        'lk_cosell_solutiondetail_modifiedby',
        'user_cosell_partnercentersolution',
        'user_cosell_solutiondetail',
      ],
      'Team.xml': ['team_cosell_partnercentersolution', 'team_cosell_solutiondetail'],
      'cosell_SolutionDetail.xml': ['cosell_partnercentersolution_SolutionDetail_cosell_solutiondetail'],
    });
    for (const f of files) {
      for (const r of findAll(root(String(f.content)), 'EntityRelationship')) {
        expect(findAll(r, 'ReferencedEntityName')[0]!.text).toBe(f.unpackedPath.slice('Other/Relationships/'.length, -4));
      }
    }
  });

  it('lists every name in Other/Relationships.xml, whose order is the packed <EntityRelationships> order', () => {
    const index = findAll(root(file(c, 'Other/Relationships.xml')), 'EntityRelationship');
    expect(index.every((r) => r.children.length === 0)).toBe(true);
    const packed = parseXml(`<EntityRelationships>${c.relationshipsXml}</EntityRelationships>`)[0]!.children;
    expect(packed.map((r) => attr(r, 'Name'))).toEqual(index.map((r) => attr(r, 'Name')));
    const fromFiles = c.files
      .filter((f) => f.unpackedPath.startsWith('Other/Relationships/'))
      .flatMap((f) => findAll(root(String(f.content)), 'EntityRelationship'));
    for (const r of packed) expect(fromFiles.find((x) => attr(x, 'Name') === attr(r, 'Name'))).toEqual(r);
  });

  it('writes the system relationships of a new table in their short form', () => {
    const team = findAll(root(file(c, 'Other/Relationships/Team.xml')), 'EntityRelationship')[1]!;
    expect(team.children.map((x) => x.name)).toEqual([
      'EntityRelationshipType',
      'IsCustomizable',
      'IntroducedVersion',
      'IsHierarchical',
      'ReferencingEntityName',
      'ReferencedEntityName',
      'CascadeAssign',
      'CascadeDelete',
      'CascadeArchive',
      'CascadeReparent',
      'CascadeShare',
      'CascadeUnshare',
      'ReferencingAttributeName',
      'RelationshipDescription',
    ]);
    expect(findAll(team, 'ReferencingEntityName')[0]!.text).toBe('cosell_SolutionDetail');
    expect(findAll(team, 'ReferencingAttributeName')[0]!.text).toBe('OwningTeam');
  });

  it('names lookup relationships the way the maker portal does', () => {
    expect(defaultRelationshipName('cttech', 'Contact', 'cttech_Site', 'cttech_SiteLocation')).toBe('cttech_contact_Site_cttech_sitelocation');
    expect(defaultRelationshipName('o25fs', 'o25fs_VendorCharacteristic', 'o25fs_VendorContactId', 'Contact')).toBe(
      'o25fs_vendorcharacteristic_VendorContactId_contact',
    );
  });
});
