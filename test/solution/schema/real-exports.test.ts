// Our XML against the real exports in ../shared (verbatim copies of genuine Dataverse/SolutionPackager files):
// element names and order, attribute names — and, where Dataverse writes fixed content, the values too.
import { describe, expect, it } from 'vitest';
import {
  attr,
  attributeOf,
  canonical,
  child,
  file,
  findAll,
  HAVE_SHARED,
  outline,
  project,
  readShared,
  root,
  SKIP_REASON,
  without,
  type XNode,
} from './helpers';

const PRD = 'system-table-behavior2-purchase-requisition';
const APK = 'custom-table-approvals-kit/BusinessApprovalKit/SolutionPackage/src';
const PNP = 'packed-vs-unpacked-editable-subgrid/unpacked/src';

const ours = (p: string) => root(file(project(), p));
const real = (p: string) => root(readShared(p));
const opportunity = () => ours('Entities/Opportunity/Entity.xml');
const solutionDetail = () => ours('Entities/cosell_SolutionDetail/Entity.xml');
const oursFormPath = () => project().files.find((f) => f.unpackedPath.startsWith('Entities/Opportunity/FormXml/main/'))!.unpackedPath;

/** Renames table-specific values of a real system column so it can be compared with ours value for value. */
function retable(n: XNode, from: { schema: string; display: string }, to: { schema: string; display: string }): XNode {
  const swap = (s: string) =>
    s
      .replace(from.schema, to.schema)
      .replace(from.schema.toLowerCase(), to.schema.toLowerCase())
      .replace(from.display, to.display);
  return { ...n, text: swap(n.text), attrs: n.attrs.map(([k, v]) => [k, swap(v)]), children: n.children.map((c) => retable(c, from, to)) };
}

describe.skipIf(!HAVE_SHARED)(`schema XML vs real exports${HAVE_SHARED ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  describe('opportunity Entity.xml vs [PRD] Contact (system table, behaviour 2)', () => {
    const contact = () => real(`${PRD}/Entities/Contact/Entity.xml`);

    it('has the same document outline around the attributes', () => {
      const top = (e: XNode) => without(e, 'attribute');
      expect(outline(top(opportunity()))).toBe(outline(top(contact())));
      expect(attr(child(opportunity(), 'Name')!, 'OriginalName')).toBe(attr(child(contact(), 'Name')!, 'OriginalName'));
    });

    it('writes text, memo and lookup columns like the custom columns of the export', () => {
      const pairs: Array<[string, string]> = [
        ['cosell_ReferralIdentifier', 'cttech_ContactEmail'],
        ['cosell_Audit', 'cttech_ChangeHash'],
      ];
      for (const [o, r] of pairs) expect(outline(attributeOf(opportunity(), o)), o).toBe(outline(attributeOf(contact(), r)));
      const lookup = attributeOf(ours('Entities/cosell_PartnerCenterSolution/Entity.xml'), 'cosell_Opportunity');
      expect(outline(lookup)).toBe(outline(attributeOf(contact(), 'cttech_Site')));
    });
  });

  describe('column types vs [APK] and [PNP-ES]', () => {
    const apk = () => real(`${APK}/Entities/cat_BusinessApprovalRuntimeInstance/Entity.xml`);
    const pnp = () => real(`${PNP}/Entities/sha_Students/Entity.xml`);

    it('URL text is [APK] cat_FlowRun; Yes/No and local choice are [PNP-ES] sha_FeesPaid and sha_Department', () => {
      expect(outline(attributeOf(opportunity(), 'cosell_ReferralLink'))).toBe(outline(attributeOf(apk(), 'cat_FlowRun')));
      expect(outline(attributeOf(opportunity(), 'cosell_SyncWithPartnerCenter'))).toBe(outline(attributeOf(pnp(), 'sha_FeesPaid')));
      expect(outline(attributeOf(opportunity(), 'cosell_ReferralVisibility'))).toBe(outline(attributeOf(pnp(), 'sha_Department')));
      expect(outline(attributeOf(solutionDetail(), 'cosell_SolutionType'))).toBe(outline(attributeOf(pnp(), 'sha_Department')));
    });

    it('multi-select is a global-choice column ([APK] cat_InstanceStatus) without AppDefaultValue (guide §4.2)', () => {
      const multi = attributeOf(opportunity(), 'cosell_MicrosoftHelp');
      expect(outline(multi)).toBe(outline(without(attributeOf(apk(), 'cat_InstanceStatus'), 'AppDefaultValue')));
      expect(child(multi, 'Type')!.text).toBe('multiselectpicklist');
    });

    it('the primary name is [PNP-ES] sha_Name', () => {
      expect(outline(attributeOf(solutionDetail(), 'cosell_Name'))).toBe(outline(attributeOf(pnp(), 'sha_Name')));
    });
  });

  describe('custom table Entity.xml vs [APK] cat_BusinessApprovalRuntimeInstance (behaviour 0)', () => {
    const apk = () => real(`${APK}/Entities/cat_BusinessApprovalRuntimeInstance/Entity.xml`);
    const from = { schema: 'cat_BusinessApprovalRuntimeInstance', display: 'Business Approval Runtime Instance' };
    const to = { schema: 'cosell_SolutionDetail', display: 'Solution Detail' };

    it('has the same outline outside the attributes, entity-level properties included', () => {
      expect(outline(without(solutionDetail(), 'attribute'))).toBe(outline(without(apk(), 'attribute')));
    });

    it('writes every system column exactly as the export does', () => {
      const system = findAll(apk(), 'attribute').filter((a) => child(a, 'IsCustomField')!.text === '0');
      expect(system.length).toBe(17);
      for (const r of system) {
        const expected = retable(r, from, to);
        const name = attr(expected, 'PhysicalName')!;
        expect(canonical(attributeOf(solutionDetail(), name)), name).toBe(canonical(expected));
      }
    });

    it('writes the entity-level properties with the export values (entity set name aside)', () => {
      const props = (e: XNode) => {
        const entity = child(child(e, 'EntityInfo')!, 'entity')!;
        return entity.children.slice(entity.children.findIndex((c) => c.name === 'attributes') + 2).map((c) => canonical(c));
      };
      expect(props(solutionDetail())).toEqual(props(apk()));
    });
  });

  describe('relationships', () => {
    it('a custom lookup relationship is [PRD] cttech_contact_Site_cttech_sitelocation', () => {
      const r = real(`${PRD}/Other/Relationships/cttech_SiteLocation.xml`);
      const o = ours('Other/Relationships/Opportunity.xml');
      expect(outline(o)).toBe(outline({ ...r, children: r.children.slice(0, 1) }));
      const roles = (x: XNode) => canonical(child(findAll(x, 'EntityRelationshipRoles')[0]!, 'EntityRelationshipRole')!).split('\n').slice(0, 4);
      expect(roles(o)).toEqual(roles(r));
    });

    it('the system relationships of a new table are [PNP-ES] Team.xml, value for value', () => {
      const from = { schema: 'sha_Students', display: '\u0000' };
      const to = { schema: 'cosell_SolutionDetail', display: '\u0000' };
      const team = findAll(ours('Other/Relationships/Team.xml'), 'EntityRelationship').find((r) => attr(r, 'Name') === 'team_cosell_solutiondetail')!;
      const expected = retable(findAll(real(`${PNP}/Other/Relationships/Team.xml`), 'EntityRelationship')[0]!, from, to);
      expect(canonical(team)).toBe(canonical(expected));
      const index = (x: XNode) => findAll(x, 'EntityRelationship').map((n) => outline(n));
      expect(new Set(index(ours('Other/Relationships.xml')))).toEqual(new Set(index(real(`${PNP}/Other/Relationships.xml`))));
    });
  });

  describe('global choice, forms, views and ribbon', () => {
    it('the global option set is [PRD] cttech_fund', () => {
      expect(outline(ours('OptionSets/cosell_microsofthelp.xml'))).toBe(outline(real(`${PRD}/OptionSets/cttech_fund.xml`)));
    });

    it('the opportunity form is [PNP-ES] main form with [APK] sub-grid cells', () => {
      const form = ours(oursFormPath());
      const pnp = real(`${PNP}/Entities/sha_Students/FormXml/main/{a27618e9-a23f-451c-abb0-512d84647cf0}.xml`);
      const apk = real(`${APK}/Entities/cat_BusinessApprovalRuntimeData/FormXml/main/{a5183a01-e41f-4dd8-a5fc-3bc08502a3bc}.xml`);
      const systemform = (x: XNode) => child(x, 'systemform')!.children.map((c) => c.name);
      expect(systemform(form)).toEqual(systemform(pnp));
      const cells = (x: XNode) => findAll(x, 'cell');
      const plain = cells(form).filter((c) => !findAll(c, 'parameters').length);
      for (const c of plain) expect(outline(without(c, 'control'))).toBe(outline(without(cells(pnp)[0]!, 'control')));
      const grid = (x: XNode) => cells(x).find((c) => findAll(c, 'parameters').length)!;
      expect(outline(grid(form)).replace(/\[[^\]]*\]/, '')).toBe(outline(grid(apk)).replace(/\[[^\]]*\]/, ''));
      expect(new Set(grid(form).attrs.map(([k]) => k))).toEqual(new Set(grid(apk).attrs.map(([k]) => k)));
      const controlAttrs = new Set([...findAll(pnp, 'control'), ...findAll(apk, 'control')].flatMap((c) => c.attrs.map(([k]) => k)));
      for (const c of findAll(form, 'control')) for (const [k] of c.attrs) expect(controlAttrs.has(k) || k === 'disabled', k).toBe(true);
    });

    it('each generated view has the outline of the [PNP-ES] view of the same kind', () => {
      const c = project();
      const kindOf = (x: XNode) => `${child(x, 'querytype')!.text}/${child(x, 'isdefault')!.text}`;
      const realViews = new Map(
        [
          '{1c8f7682-78f6-4cb1-b6ad-878517cd2d61}',
          '{3ec46bea-4b56-485a-9a39-07acc3f637d3}',
          '{44430920-07fd-4d4d-94b0-1ede67128788}',
          '{792d07b5-b231-46c6-a4d5-c5ad1ad7318f}',
          '{9cefaf33-637a-43e8-a52d-ac25cec9c5b2}',
          '{b533a113-2953-487b-82ce-3f9d5035e549}',
        ].map((id) => {
          const q = child(real(`${PNP}/Entities/sha_Students/SavedQueries/${id}.xml`), 'savedquery')!;
          return [kindOf(q), q] as const;
        }),
      );
      const views = c.files.filter((f) => f.unpackedPath.startsWith('Entities/cosell_SolutionDetail/SavedQueries/'));
      expect(views.length).toBe(6);
      for (const f of views) {
        const q = child(root(String(f.content)), 'savedquery')!;
        expect(outline(q), kindOf(q)).toBe(outline(realViews.get(kindOf(q))!));
      }
    });

    it('the ribbon diff of a new table is byte for byte [PNP-ES] RibbonDiff.xml', () => {
      expect(file(project(), 'Entities/cosell_SolutionDetail/RibbonDiff.xml')).toBe(readShared(`${PNP}/Entities/sha_Students/RibbonDiff.xml`));
    });
  });
});
