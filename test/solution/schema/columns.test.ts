// Exact XML of one column of each type, as the real exports write them (guide §4).
import { describe, expect, it } from 'vitest';
import { type ColumnContext, columnNode, primaryNameNode } from '../../../src/solution/schema/columns';
import type { ColumnDef } from '../../../src/solution/schema/model';
import { printXml } from '../../../src/solution/schema/xml';

const ctx: ColumnContext = {
  table: 'opportunity',
  version: '1.0.0.0',
  lang: 1033,
  optionValuePrefix: 62018,
  choices: new Map([
    ['cosell_help', { name: 'cosell_help', displayName: 'Help', options: [{ code: 'A', index: 0, label: 'A' }, { code: 'B', index: 3, label: 'B' }] }],
  ]),
};

const xml = (c: ColumnDef) => printXml(columnNode(c, ctx));

/** The lines from `<IsLocalizable>` to the end: the type-specific tail and the labels. */
const tail = (c: ColumnDef) => {
  const lines = xml(c).split('\n');
  return lines.slice(lines.findIndex((l) => l.includes('<IsLocalizable>')) + 1).join('\n');
};

const labels = (display: string, description = '') =>
  [
    '  <displaynames>',
    `    <displayname description="${display}" languagecode="1033" />`,
    '  </displaynames>',
    '  <Descriptions>',
    `    <Description description="${description}" languagecode="1033" />`,
    '  </Descriptions>',
    '</attribute>',
  ].join('\n');

describe('custom columns', () => {
  it('single line of text: the full common sequence, Format/MaxLength/Length', () => {
    expect(xml({ type: 'text', schemaName: 'cosell_ReferralIdentifier', displayName: 'Referral Identifier', maxLength: 100 })).toBe(
      `<attribute PhysicalName="cosell_ReferralIdentifier">
  <Type>nvarchar</Type>
  <Name>cosell_referralidentifier</Name>
  <LogicalName>cosell_referralidentifier</LogicalName>
  <RequiredLevel>none</RequiredLevel>
  <DisplayMask>ValidForAdvancedFind|ValidForForm|ValidForGrid</DisplayMask>
  <ImeMode>auto</ImeMode>
  <ValidForUpdateApi>1</ValidForUpdateApi>
  <ValidForReadApi>1</ValidForReadApi>
  <ValidForCreateApi>1</ValidForCreateApi>
  <IsCustomField>1</IsCustomField>
  <IsAuditEnabled>1</IsAuditEnabled>
  <IsSecured>0</IsSecured>
  <IntroducedVersion>1.0.0.0</IntroducedVersion>
  <IsCustomizable>1</IsCustomizable>
  <IsRenameable>1</IsRenameable>
  <CanModifySearchSettings>1</CanModifySearchSettings>
  <CanModifyRequirementLevelSettings>1</CanModifyRequirementLevelSettings>
  <CanModifyAdditionalSettings>1</CanModifyAdditionalSettings>
  <SourceType>0</SourceType>
  <IsGlobalFilterEnabled>0</IsGlobalFilterEnabled>
  <IsSortableEnabled>0</IsSortableEnabled>
  <CanModifyGlobalFilterSettings>1</CanModifyGlobalFilterSettings>
  <CanModifyIsSortableSettings>1</CanModifyIsSortableSettings>
  <IsDataSourceSecret>0</IsDataSourceSecret>
  <AutoNumberFormat></AutoNumberFormat>
  <IsSearchable>0</IsSearchable>
  <IsFilterable>0</IsFilterable>
  <IsRetrievable>0</IsRetrievable>
  <IsLocalizable>0</IsLocalizable>
  <Format>text</Format>
  <MaxLength>100</MaxLength>
  <Length>200</Length>
${labels('Referral Identifier')}`,
    );
  });

  it('URL: nvarchar with Format url', () => {
    const c: ColumnDef = { type: 'text', format: 'url', schemaName: 'cosell_ReferralLink', displayName: 'Referral Link', maxLength: 500 };
    expect(tail(c)).toBe(`  <Format>url</Format>\n  <MaxLength>500</MaxLength>\n  <Length>1000</Length>\n${labels('Referral Link')}`);
  });

  it('multiple lines of text: ntext, Format text, MaxLength and no Length', () => {
    const c: ColumnDef = { type: 'memo', schemaName: 'cosell_Audit', displayName: 'Audit', description: 'a < b & "c"', maxLength: 100000 };
    expect(xml(c)).toContain('<Type>ntext</Type>');
    expect(tail(c)).toBe(`  <Format>text</Format>\n  <MaxLength>100000</MaxLength>\n${labels('Audit', 'a &lt; b &amp; &quot;c&quot;')}`);
  });

  it('Yes/No: bit, AppDefaultValue and an inline bit option set named <table>_<column>', () => {
    const c: ColumnDef = { type: 'boolean', schemaName: 'cosell_SyncWithPartnerCenter', displayName: 'Sync', default: false };
    expect(xml(c)).toContain('<Type>bit</Type>');
    expect(tail(c)).toBe(`  <AppDefaultValue>0</AppDefaultValue>
  <optionset Name="opportunity_cosell_syncwithpartnercenter">
    <OptionSetType>bit</OptionSetType>
    <IntroducedVersion>1.0.0.0</IntroducedVersion>
    <IsCustomizable>1</IsCustomizable>
    <ExternalTypeName></ExternalTypeName>
    <displaynames>
      <displayname description="Sync" languagecode="1033" />
    </displaynames>
    <Descriptions>
      <Description description="" languagecode="1033" />
    </Descriptions>
    <options>
      <option value="1" ExternalValue="">
        <labels>
          <label description="Yes" languagecode="1033" />
        </labels>
      </option>
      <option value="0" ExternalValue="">
        <labels>
          <label description="No" languagecode="1033" />
        </labels>
      </option>
    </options>
  </optionset>
${labels('Sync')}`);
  });

  it('local choice: picklist with prefixed option values and the default as AppDefaultValue', () => {
    const c: ColumnDef = {
      type: 'choice',
      schemaName: 'cosell_ReferralVisibility',
      displayName: 'Visibility',
      default: 'Visible',
      options: [
        { code: 'Hidden', index: 0, label: 'Hidden' },
        { code: 'Visible', index: 1, label: 'Visible', description: 'No way back' },
      ],
    };
    expect(xml(c)).toContain('<Type>picklist</Type>');
    expect(tail(c)).toBe(`  <AppDefaultValue>620180001</AppDefaultValue>
  <optionset Name="opportunity_cosell_referralvisibility">
    <OptionSetType>picklist</OptionSetType>
    <IntroducedVersion>1.0.0.0</IntroducedVersion>
    <IsCustomizable>1</IsCustomizable>
    <ExternalTypeName></ExternalTypeName>
    <displaynames>
      <displayname description="Visibility" languagecode="1033" />
    </displaynames>
    <Descriptions>
      <Description description="" languagecode="1033" />
    </Descriptions>
    <options>
      <option value="620180000" ExternalValue="">
        <labels>
          <label description="Hidden" languagecode="1033" />
        </labels>
        <Descriptions>
          <Description description="" languagecode="1033" />
        </Descriptions>
      </option>
      <option value="620180001" ExternalValue="">
        <labels>
          <label description="Visible" languagecode="1033" />
        </labels>
        <Descriptions>
          <Description description="No way back" languagecode="1033" />
        </Descriptions>
      </option>
    </options>
  </optionset>
${labels('Visibility')}`);
  });

  it('choice without default: AppDefaultValue -1; bound to a global choice: OptionSetName only', () => {
    const c: ColumnDef = { type: 'choice', schemaName: 'cosell_Kind', displayName: 'Kind', globalChoice: 'cosell_help' };
    expect(tail(c)).toBe(`  <AppDefaultValue>-1</AppDefaultValue>\n  <OptionSetName>cosell_help</OptionSetName>\n${labels('Kind')}`);
    expect(tail({ ...c, default: 'B' })).toContain('<AppDefaultValue>620180003</AppDefaultValue>');
  });

  it('multi-select choice: multiselectpicklist bound to a global choice, no AppDefaultValue', () => {
    const c: ColumnDef = { type: 'multichoice', schemaName: 'cosell_MicrosoftHelp', displayName: 'Help?', globalChoice: 'cosell_help' };
    expect(xml(c)).toContain('<Type>multiselectpicklist</Type>');
    expect(tail(c)).toBe(`  <OptionSetName>cosell_help</OptionSetName>\n${labels('Help?')}`);
  });

  it('lookup: no ImeMode (2025 export), LookupStyle single and empty LookupTypes', () => {
    const c: ColumnDef = { type: 'lookup', schemaName: 'cosell_Opportunity', displayName: 'Opportunity', target: 'Opportunity', required: 'required' };
    const out = xml(c);
    expect(out).toContain('<Type>lookup</Type>');
    expect(out).toContain('<RequiredLevel>required</RequiredLevel>');
    expect(out).not.toContain('<ImeMode>');
    expect(tail(c)).toBe(`  <LookupStyle>single</LookupStyle>\n  <LookupTypes />\n${labels('Opportunity')}`);
  });

  it('primary name: required, PrimaryName display mask, searchable and retrievable', () => {
    const out = printXml(primaryNameNode({ schemaName: 'cosell_Name', displayName: 'Name', maxLength: 200 }, ctx));
    expect(out).toContain('<RequiredLevel>required</RequiredLevel>');
    expect(out).toContain('<DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm</DisplayMask>');
    expect(out).toContain('<IsSearchable>1</IsSearchable>\n  <IsFilterable>0</IsFilterable>\n  <IsRetrievable>1</IsRetrievable>');
    expect(out).toContain('<Format>text</Format>\n  <MaxLength>200</MaxLength>\n  <Length>400</Length>');
  });
});
