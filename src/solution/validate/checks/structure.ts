// Root files, the manifest (solution.xml) and [Content_Types].xml.
import { Findings, type SolutionFinding } from '../finding';
import { bracedProblem } from '../guid';
import type { SolutionModel } from '../model';
import { arr, obj, parseXml, txt } from '../xml';

const PACKED_ROOT = ['solution.xml', 'customizations.xml', '[Content_Types].xml'];
const UNPACKED_ROOT = ['Other/Solution.xml', 'Other/Customizations.xml'];

export function rootFiles(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('root-files');
  const files = [...model.source.files.keys()];
  const required = model.source.layout === 'packed' ? PACKED_ROOT : UNPACKED_ROOT;
  for (const name of required) {
    if (model.source.files.has(name)) continue;
    const other = files.find((p) => p.toLowerCase() === name.toLowerCase());
    const nested = files.find((p) => p.toLowerCase().endsWith(`/${name.toLowerCase()}`) && p.split('/').length === 2);
    const hint = other
      ? `; '${other}' has the wrong case (the name must be exactly '${name}')`
      : nested
        ? `; '${nested}' is inside a folder: zip the solution's files, not the folder holding them`
        : '';
    f.error(
      name,
      `a required root file is missing${hint} (import fails: "The compressed file must contain solution.xml, customizations.xml, and [Content_Types].xml at its root")`,
    );
  }
  return f.list;
}

export function manifest(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('manifest');
  const doc = model.solution;
  if (!doc) return [];
  const file = model.solutionFile;
  const root = obj(doc.root.ImportExportXml);
  const m = obj(root.SolutionManifest);
  if (!root.SolutionManifest) {
    f.error(file, 'no <ImportExportXml><SolutionManifest>', { line: 1 });
    return f.list;
  }
  const line = (name: string) => doc.childLine(m, name);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(txt(m.UniqueName)))
    f.error(file, `'${txt(m.UniqueName)}' is not a valid solution unique name`, { line: line('UniqueName'), field: 'UniqueName' });
  if (!/^\d+(\.\d+){1,3}$/.test(txt(m.Version)))
    f.error(file, `'${txt(m.Version)}' is not a version of 2 to 4 numeric parts`, { line: line('Version'), field: 'Version' });
  const managed = txt(m.Managed);
  const allowed = model.source.layout === 'packed' ? ['0', '1'] : ['0', '1', '2'];
  if (!allowed.includes(managed)) {
    f.error(
      file,
      `<Managed>${managed}</Managed>: a ${model.source.layout} solution needs ${allowed.join(' or ')}${managed === '2' ? ' (2 marks unpacked source of package type Both)' : ''}`,
      { line: line('Managed'), field: 'Managed' },
    );
  }
  const publisher = obj(m.Publisher);
  if (!/^[a-z][a-z0-9]{1,7}$/.test(txt(publisher.CustomizationPrefix))) {
    f.error(file, `'${txt(publisher.CustomizationPrefix)}' is not a publisher prefix (2-8 lower-case letters or digits)`, {
      line: doc.childLine(publisher, 'CustomizationPrefix'),
      field: 'Publisher/CustomizationPrefix',
    });
  }
  const seen = new Set<string>();
  for (const r of model.roots) {
    const at = { line: r.line, field: `RootComponent type="${r.type}"` };
    if (!/^\d+$/.test(r.type)) f.error(file, `type '${r.type}' is not a component type code`, at);
    else if (Number(r.type) >= 10000)
      f.error(
        file,
        `type ${r.type} is an organisation-specific code ("Invalid component type provided" at import); connection references belong only in <connectionreferences>`,
        at,
      );
    else if (r.type === '371') f.warning(file, 'type 371: real exports list custom connectors as type 372', at);
    if (!r.id && !r.schemaName) f.error(file, 'a root component needs an id or a schemaName', at);
    if (r.id) {
      const p = bracedProblem(r.id);
      if (p) f.error(file, p, at);
    }
    if (r.behavior && !['0', '1', '2'].includes(r.behavior)) f.error(file, `behavior '${r.behavior}' must be 0, 1 or 2`, at);
    const key = `${r.type}|${r.id.toLowerCase()}|${r.schemaName.toLowerCase()}`;
    if (seen.has(key)) f.error(file, 'this root component is listed twice', at);
    seen.add(key);
  }
  return f.list;
}

export function contentTypes(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('content-types');
  const bytes = model.source.files.get('[Content_Types].xml');
  if (model.source.layout !== 'packed' || !bytes) return [];
  const r = parseXml('[Content_Types].xml', bytes);
  if (!r.ok) return [];
  const types = obj(r.doc.root.Types);
  const extensions = new Set(arr(types.Default).map((d) => String(d['@Extension'] ?? '').toLowerCase()));
  const overrides = new Set(arr(types.Override).map((o) => String(o['@PartName'] ?? '').toLowerCase()));
  for (const path of model.source.files.keys()) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot > 0 ? extensions.has(base.slice(dot + 1).toLowerCase()) : overrides.has(`/${path}`.toLowerCase())) continue;
    f.warning(
      '[Content_Types].xml',
      dot > 0
        ? `no <Default Extension="${base.slice(dot + 1)}"> for ${path}`
        : `no <Override PartName="/${path}"> for this extension-less part`,
    );
  }
  return f.list;
}
