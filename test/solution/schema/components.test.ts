// schemaComponents(): root components, the file set, well-formed and deterministic XML, prefixed option values.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { schemaComponents } from '../../../src/solution/schema';
import { attr, file, findAll, parseXml, project, PUBLISHER, root, SCHEMA_YAML } from './helpers';

describe('schemaComponents', () => {
  const c = project();

  it('lists opportunity as a shell (2), the custom tables with subcomponents (0) and the global choice (9)', () => {
    expect(c.rootComponents).toEqual([
      { type: 1, schemaName: 'cosell_partnercentersolution', behavior: 0 },
      { type: 1, schemaName: 'cosell_solutiondetail', behavior: 0 },
      { type: 1, schemaName: 'opportunity', behavior: 2 },
      { type: 9, schemaName: 'cosell_microsofthelp', behavior: 0 },
    ]);
  });

  it('produces the unpacked tree, all merged into customizations.xml when packed', () => {
    const paths = c.files.map((f) => f.unpackedPath.replace(/\{[0-9a-f-]{36}\}/, '{id}'));
    expect(paths).toEqual([
      'Entities/Opportunity/Entity.xml',
      'Entities/Opportunity/FormXml/main/{id}.xml',
      'Entities/cosell_PartnerCenterSolution/Entity.xml',
      'Entities/cosell_PartnerCenterSolution/FormXml/main/{id}.xml',
      'Entities/cosell_PartnerCenterSolution/RibbonDiff.xml',
      ...Array(6).fill('Entities/cosell_PartnerCenterSolution/SavedQueries/{id}.xml'),
      'Entities/cosell_SolutionDetail/Entity.xml',
      'Entities/cosell_SolutionDetail/FormXml/main/{id}.xml',
      'Entities/cosell_SolutionDetail/RibbonDiff.xml',
      ...Array(6).fill('Entities/cosell_SolutionDetail/SavedQueries/{id}.xml'),
      'OptionSets/cosell_microsofthelp.xml',
      'Other/Relationships.xml',
      'Other/Relationships/BusinessUnit.xml',
      'Other/Relationships/Opportunity.xml',
      'Other/Relationships/Owner.xml',
      'Other/Relationships/SystemUser.xml',
      'Other/Relationships/Team.xml',
      'Other/Relationships/cosell_SolutionDetail.xml',
    ]);
    expect(c.files.every((f) => f.packedPath === undefined)).toBe(true);
  });

  it('writes only well-formed XML, files and packed fragments alike', () => {
    for (const f of c.files) {
      const text = String(f.content);
      expect(text.startsWith('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n'), f.unpackedPath).toBe(true);
      expect(text).not.toMatch(/\r|\n$/);
      expect(XMLValidator.validate(text.slice(1)), f.unpackedPath).toBe(true);
    }
    for (const [name, inner] of [
      ['Entities', c.entitiesXml],
      ['optionsets', c.optionSetsXml],
      ['EntityRelationships', c.relationshipsXml!],
    ] as const) {
      expect(XMLValidator.validate(`<${name}>${inner}</${name}>`), name).toBe(true);
    }
  });

  it('is deterministic: two runs give identical output', () => {
    expect(schemaComponents(SCHEMA_YAML, PUBLISHER)).toEqual(schemaComponents(SCHEMA_YAML, PUBLISHER));
  });

  it('gives every option of every choice the publisher option value prefix', () => {
    const values = [c.entitiesXml, c.optionSetsXml].flatMap((x) =>
      findAll(parseXml(`<r>${x}</r>`)[0]!, 'optionset')
        .filter((o) => ['picklist'].includes(findAll(o, 'OptionSetType')[0]!.text))
        .flatMap((o) => findAll(o, 'option').map((n) => attr(n, 'value')!)),
    );
    expect(values.length).toBe(7 + 2 + 2);
    for (const v of values) expect(v).toMatch(/^62018\d{4}$/);
    const other = schemaComponents(SCHEMA_YAML, { prefix: 'cosell', optionValuePrefix: 10000 });
    const otherValues = findAll(root(file(other, 'OptionSets/cosell_microsofthelp.xml')), 'option').map((n) => attr(n, 'value'));
    expect(otherValues).toEqual(['100000006', '100000002', '100000003', '100000004', '100000005', '100000001', '100000000']);
  });

  it('writes every GUID in lower case with braces, each a UUIDv5 derived from names', () => {
    const all = [c.entitiesXml, ...c.files.map((f) => `${f.unpackedPath}\n${String(f.content)}`)].join('\n');
    const guids = all.match(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g) ?? [];
    const classIds = new Set([...all.matchAll(/classid="\{([^}]+)\}"/g)].map((m) => m[1]));
    const ours = guids.filter((g) => g !== '00000000-0000-0000-0000-000000000000' && !classIds.has(g));
    expect(ours.length).toBeGreaterThan(20);
    // Ours are lower case (braces checked where they are written: formid, savedqueryid, tab/section/cell ids).
    for (const g of ours) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const m of all.matchAll(/<(?:formid|savedqueryid|ViewId|ViewIds)>([^<]+)</g)) expect(m[1]).toMatch(/^\{[0-9a-f-]{36}\}$/);
  });

  it('keeps the API value of every "How can Microsoft help?" option in its description', () => {
    const options = findAll(root(file(c, 'OptionSets/cosell_microsofthelp.xml')), 'option');
    expect(options.map((o) => attr(findAll(o, 'Description')[0]!, 'description'))).toEqual([
      'assistanceRequestCode: WorkloadSpecificValueProposition',
      'assistanceRequestCode: CustomerTechnicalArchitecture',
      'assistanceRequestCode: ProofOfConceptOrDemo',
      'assistanceRequestCode: QuotesOrLicensing',
      'assistanceRequestCode: PostSalesCustomerSuccess',
      'assistanceRequestCode: GeneralOrOther',
      'assistanceRequestCode: Unknown',
    ]);
  });
});
