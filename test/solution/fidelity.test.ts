// Our solution files agree element for element with real exports in ../shared/solution-examples (read in place,
// never copied). Where we deliberately differ, the comparison says so and why.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../src/solution/zip';
import { projectPackage, readZipBuffer, text } from './helpers';

const SHARED = path.resolve(__dirname, '../../../shared');
const EXAMPLES = path.join(SHARED, 'solution-examples');
const HAVE = existsSync(EXAMPLES);
const SKIP = `skipped: ${EXAMPLES} is absent (real solution exports live beside the project, not in it)`;

const real = (rel: string) => readFileSync(path.join(EXAMPLES, rel));
const NBP = 'packed-export-nbp';
const APK = 'approvals-kit';

interface El {
  name: string;
  attrs: string[];
  children: El[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  ignoreDeclaration: true,
});

/** The element tree: names, attribute names in order, children, text. */
function tree(xml: Buffer | string): El {
  const toEl = (node: Record<string, any>): El | undefined => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment') return undefined;
    const kids = (node[name] as Record<string, any>[]).map(toEl).filter((e): e is El => !!e);
    const text = (node[name] as Record<string, any>[])
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    return { name, attrs: Object.keys(node[':@'] ?? {}), children: kids, text };
  };
  const roots = parser.parse(xml.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, any>[];
  return roots.map(toEl).find((e): e is El => !!e)!;
}

const child = (el: El, ...names: string[]): El => names.reduce((e, n) => e.children.find((c) => c.name === n)!, el);
const names = (el: El) => el.children.map((c) => c.name);
/** `sequence` restricted to the names `other` also has: the relative order both share. */
const shared = (sequence: string[], other: string[]) => sequence.filter((n) => other.includes(n));
const values = (el: El) => Object.fromEntries(el.children.filter((c) => !c.children.length).map((c) => [c.name, c.text]));

describe.skipIf(!HAVE)(HAVE ? 'fidelity with real solution exports' : `fidelity with real solution exports (${SKIP})`, async () => {
  const pkg = await projectPackage();
  const ours = {
    solution: tree(text(pkg.unmanaged, 'solution.xml')),
    unpackedSolution: tree(text(pkg.unpacked, 'Other/Solution.xml')),
    customizations: tree(text(pkg.unmanaged, 'customizations.xml')),
    unpackedCustomizations: tree(text(pkg.unpacked, 'Other/Customizations.xml')),
    dataXml: tree(text(pkg.unpacked, /\.json\.data\.xml$/)),
  };

  it('solution.xml: root attributes, SolutionManifest, Publisher and Address as a packed export', () => {
    const nbp = tree(real(`${NBP}/solution.xml`));
    const apk = tree(real(`${APK}/Office365Integration/Other/Solution.xml`));
    for (const ref of [nbp, apk]) {
      expect(ours.solution.attrs).toEqual(ref.attrs);
      expect(names(child(ours.solution, 'SolutionManifest'))).toEqual(names(child(ref, 'SolutionManifest')));
      expect(names(child(ours.solution, 'SolutionManifest', 'Publisher'))).toEqual(names(child(ref, 'SolutionManifest', 'Publisher')));
      expect(names(child(ours.solution, 'SolutionManifest', 'Publisher', 'Addresses', 'Address'))).toEqual(
        names(child(ref, 'SolutionManifest', 'Publisher', 'Addresses', 'Address')),
      );
    }
    // Address values as the 2024 export (AddressTypeCode/ShippingMethodCode 1; [NBP] leaves them nil).
    expect(values(child(ours.solution, 'SolutionManifest', 'Publisher', 'Addresses', 'Address'))).toEqual(
      values(child(apk, 'SolutionManifest', 'Publisher', 'Addresses', 'Address')),
    );
    const flowRoot = (el: El) => child(el, 'SolutionManifest', 'RootComponents').children.find((r) => r.name === 'RootComponent')!;
    expect(flowRoot(ours.solution).attrs).toEqual(flowRoot(nbp).attrs); // type, id, behavior
    expect(child(ours.solution, 'SolutionManifest', 'Managed').text).toBe(child(nbp, 'SolutionManifest', 'Managed').text);
  });

  it('packed root XML has a genuine export’s bytes: no BOM, no declaration, CRLF; the unpacked form has the declaration', () => {
    for (const file of ['solution.xml', 'customizations.xml']) {
      const mine = text(pkg.unmanaged, file);
      const theirs = real(`${NBP}/${file}`).toString('utf8');
      expect(mine.slice(0, 16)).toBe(theirs.slice(0, 16));
      expect(mine.includes('\r\n')).toBe(theirs.includes('\r\n'));
      expect(mine.endsWith('>')).toBe(theirs.endsWith('>'));
    }
    expect(text(pkg.unpacked, 'Other/Solution.xml').split('\n')[0]).toBe(
      real(`${APK}/Office365Integration/Other/Solution.xml`).toString('utf8').split('\n')[0],
    );
    expect(text(pkg.unpacked, 'Other/Customizations.xml').slice(0, 40)).toBe(
      real(`${APK}/BusinessApprovalKit/Other/Customizations.xml`).toString('utf8').slice(0, 40),
    );
  });

  it('customizations.xml: top-level sections in the order of real exports', () => {
    const refs = [
      tree(real(`${NBP}/customizations.xml`)),
      tree(real(`${APK}/BusinessApprovalKit/Other/Customizations.xml`)),
      tree(real('coe-auditlogs/Other/Customizations.xml')),
    ];
    const mine = names(ours.customizations);
    for (const ref of refs) expect(shared(mine, names(ref))).toEqual(shared(names(ref), mine));
    const known = new Set(refs.flatMap(names));
    expect(mine.filter((n) => !known.has(n))).toEqual([]);
    expect(names(ours.unpackedCustomizations)).toEqual(mine);
    expect(ours.customizations.attrs).toEqual(refs[0]!.attrs);
  });

  it('<Workflow>: the elements of a 2024 export, and the constant values every real flow has', () => {
    const nbp = child(tree(real(`${NBP}/customizations.xml`)), 'Workflows', 'Workflow');
    const apk = tree(
      real(`${APK}/BusinessApprovalKit/Workflows/BACoreCascadePublishingActivation-5313BB69-E0C1-EC11-983E-0022486DF843.json.data.xml`),
    );
    const coe = tree(real('coe-auditlogs/Workflows/ChildAdminSyncLogs-751183FC-DB68-EA11-A811-000D3A31CF04.json.data.xml'));
    const packed = child(ours.customizations, 'Workflows', 'Workflow');
    expect(names(ours.dataXml)).toEqual(names(apk));
    expect(names(ours.dataXml)).toEqual(names(coe));
    expect(ours.dataXml.attrs).toEqual(apk.attrs); // WorkflowId, Name, xmlns:xsi
    // Deliberate: no <BusinessProcessType> (the 2022 [NBP] export has it; the 2023-2024 exports do not).
    expect(names(packed)).toEqual(names(nbp).filter((n) => n !== 'BusinessProcessType'));
    expect(packed.attrs).toEqual(nbp.attrs);
    const perFlow = ['JsonFileName', 'IntroducedVersion', 'StateCode', 'StatusCode'];
    const constant = (el: El) =>
      Object.fromEntries(Object.entries(values(el)).filter(([k]) => !perFlow.includes(k) && k !== 'BusinessProcessType'));
    expect(constant(ours.dataXml)).toEqual(constant(apk));
    expect(constant(packed)).toEqual(constant(nbp));
    // Off at import, as [COE-AL] ships its flows: StateCode 0 / StatusCode 1.
    expect([values(packed).StateCode, values(packed).StatusCode]).toEqual([values(coe).StateCode, values(coe).StatusCode]);
    expect(child(packed, 'LocalizedNames', 'LocalizedName').attrs).toEqual(child(nbp, 'LocalizedNames', 'LocalizedName').attrs);
  });

  it('<connectionreference>: the elements of real declarations, shared and custom connector', () => {
    const refs = child(tree(real(`${APK}/BusinessApprovalKit/Other/Customizations.xml`)), 'connectionreferences').children;
    const mine = child(ours.customizations, 'connectionreferences').children;
    const dataverse = (list: El[]) =>
      list.find((r) => values(r).connectorid === '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps')!;
    expect(names(dataverse(mine))).toEqual(names(dataverse(refs)));
    expect(dataverse(mine).attrs).toEqual(dataverse(refs).attrs);
    // solution.yaml declares the Partner Center connectors' references with their customConnector.
    const custom = (list: El[]) => list.find((r) => r.children.some((c) => c.name === 'customconnectorid'))!;
    expect(custom(mine)).toBeDefined();
    // Deliberate: <description> only when solution.yaml gives one.
    expect(names(custom(mine))).toEqual(names(custom(refs)).filter((n) => n !== 'description'));
    expect(names(child(custom(mine), 'customconnectorid'))).toEqual(names(child(custom(refs), 'customconnectorid')));
  });

  it('environmentvariabledefinition.xml: elements, attributes and first line as exported', () => {
    const ref = real(
      `${APK}/BusinessApprovalKit/environmentvariabledefinitions/cat_OutOfOfficeCheckDays/environmentvariabledefinition.xml`,
    );
    const mine = text(pkg.unpacked, 'environmentvariabledefinitions/cosell_dealvaluecolumn/environmentvariabledefinition.xml');
    expect(names(tree(mine))).toEqual(names(tree(ref)));
    expect(tree(mine).attrs).toEqual(tree(ref).attrs);
    expect(names(child(tree(mine), 'description'))).toEqual(names(child(tree(ref), 'description')));
    expect(mine.slice(0, 30)).toBe(ref.toString('utf8').slice(0, 30));
    const constant = (el: El) => ({
      iscustomizable: values(el).iscustomizable,
      isrequired: values(el).isrequired,
      secretstore: values(el).secretstore,
    });
    expect(constant(tree(mine))).toEqual(constant(tree(ref)));
  });

  it('[Content_Types].xml: one line, BOM and declaration, octet-stream defaults as a genuine export', () => {
    const ref = real(`${NBP}/[Content_Types].xml`).toString('utf8');
    const mine = text(pkg.unmanaged, '[Content_Types].xml');
    expect(mine.slice(0, mine.indexOf('<Default'))).toBe(ref.slice(0, ref.indexOf('<Default')));
    const defaults = (s: string) => [...s.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]);
    expect(defaults(mine)).toEqual(defaults(ref).filter(([ext]) => ext === 'xml' || ext === 'json'));
    expect(mine.includes('\n')).toBe(false);
  });

  it('workflow JSON: the clientdata envelope of real exports', () => {
    const refJson = JSON.parse(
      real(`${APK}/BusinessApprovalKit/Workflows/BACoreCascadePublishingActivation-5313BB69-E0C1-EC11-983E-0022486DF843.json`).toString(
        'utf8',
      ),
    );
    const mine = JSON.parse(text(pkg.unmanaged, /^Workflows\/.*\.json$/));
    expect(Object.keys(mine)).toEqual(Object.keys(refJson));
    expect(Object.keys(mine.properties)).toEqual(Object.keys(refJson.properties));
    expect(Object.keys(mine.properties.definition)).toEqual(Object.keys(refJson.properties.definition));
  });

  it('zip: root entries first in a genuine export’s order, deflated, forward slashes, no directories', async () => {
    const listing = JSON.parse(real(`${NBP}/zip-entry-listing.json`).toString('utf8')) as { name: string; compress_type: number }[];
    const entries = await readZipBuffer(await zipEntries(pkg.unmanaged));
    expect(entries.slice(0, 3).map((e) => e.name)).toEqual(listing.slice(0, 3).map((e) => e.name));
    expect(new Set(entries.map((e) => e.compressionMethod))).toEqual(new Set(listing.map((e) => e.compress_type)));
    expect(entries.some((e) => e.isDirectory || e.name.includes('\\'))).toBe(false);
    expect(entries.find((e) => e.name.startsWith('Workflows/'))!.name).toMatch(
      /^Workflows\/[A-Za-z0-9]+-[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\.json$/,
    );
  });
});
