// Custom connectors and environment variable definitions: names, ids, files, types, and no shipped values.
import { Findings, type SolutionFinding } from '../finding';
import { bareLower, plainProblem } from '../guid';
import { type SolutionModel, declarationsReadable, referencedPath } from '../model';
import { txt } from '../xml';
import { ENV_TYPE_NAMES } from '../../views';

const CONNECTOR_FILES = ['openapidefinition', 'connectionparameters', 'policytemplateinstances', 'iconblob', 'customcodeblobcontent'];

export function connectors(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('connectors');
  const roots = new Set(model.roots.filter((r) => r.type === '372' || r.type === '371').map((r) => bareLower(r.id)));
  for (const c of model.connectors) {
    const at = (el?: string) => ({ line: el ? c.doc.childLine(c.node, el) : c.line, field: `Connector[${c.name}]${el ? `/${el}` : ''}` });
    if (!c.name) f.error(c.file, 'a <Connector> needs a <name>', at());
    else if (c.name.length > 30) {
      // Dataverse itself imports such a zip, but `pac solution unpack`/`pack` drop the connector, and the
      // repacked zip fails with "Connector Import Failed: File Not Found".
      const message = `connector name '${c.name}' has ${c.name.length} characters; at most 30, or pac unpack/pack drops the connector`;
      if (model.source.layout === 'unpacked') f.error(c.file, message, at('name'));
      else f.warning(c.file, message, at('name'));
    }
    const p = plainProblem(c.id);
    if (p) f.error(c.file, `<connectorid> ${p}`, at('connectorid'));
    else if (!roots.has(bareLower(c.id))) f.warning(c.file, 'this connector is not a RootComponent (type 372) of solution.xml', at());
    for (const el of CONNECTOR_FILES) {
      const ref = txt(c.node[el]);
      if (!ref) continue;
      if (!ref.startsWith('/Connector/')) f.error(c.file, `'${ref}' must be a /Connector/… path`, at(el));
      else if (!model.source.files.has(referencedPath(model, ref)))
        f.error(c.file, `the connector file '${referencedPath(model, ref)}' is missing`, at(el));
    }
  }
  if (!declarationsReadable(model, 'Connectors')) return f.list;
  for (const r of model.roots.filter((r) => r.type === '372' || r.type === '371')) {
    if (!model.connectors.some((c) => bareLower(c.id) === bareLower(r.id))) {
      f.error(r.file, `root component ${r.id || r.schemaName} has no <Connector> in customizations`, {
        line: r.line,
        field: `RootComponent type="${r.type}"`,
      });
    }
  }
  return f.list;
}

export function environmentVariables(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('environment-variables');
  for (const e of model.envVars) {
    const at = (el?: string) => ({ line: el ? e.doc.childLine(e.node, el) : e.line, field: el ?? 'environmentvariabledefinition' });
    if (!e.schemaName) f.error(e.file, 'no schemaname attribute', at());
    else if (e.schemaName !== e.folder) f.error(e.file, `schemaname '${e.schemaName}' differs from its folder name '${e.folder}'`, at());
    const type = ENV_TYPE_NAMES[txt(e.node.type)];
    if (!type) f.error(e.file, `<type>${txt(e.node.type)}</type> is not an environment variable type (100000000-100000005)`, at('type'));
    if (!txt(e.node.displayname?.['@default'] ?? '')) f.warning(e.file, 'no display name', at('displayname'));
    if (e.node.defaultvalue === undefined) continue;
    const d = txt(e.node.defaultvalue);
    if (type === 'Boolean' && !['yes', 'no', 'true', 'false'].includes(d.toLowerCase()))
      f.error(e.file, `a Boolean default must be yes or no, not '${d}'`, at('defaultvalue'));
    if (type === 'Number' && (d === '' || !Number.isFinite(Number(d))))
      f.error(e.file, `a Number default must be a number, not '${d}'`, at('defaultvalue'));
    if (type === 'JSON') {
      try {
        JSON.parse(d);
      } catch (err) {
        f.error(e.file, `a JSON default must be valid JSON: ${(err as Error).message}`, at('defaultvalue'));
      }
    }
  }
  for (const path of model.source.files.keys()) {
    if (/^environmentvariabledefinitions\/[^/]+\/environmentvariablevalues\.json$/i.test(path)) {
      f.error(
        path,
        'a current value is shipped: set values at import with a settings file instead ("Unprocessed files found", duplicate-key errors on upgrade)',
      );
    } else if (/^environmentvariabledefinitions\//i.test(path) && !/\/environmentvariabledefinition\.xml$/.test(path)) {
      f.warning(path, 'an unexpected file under environmentvariabledefinitions/');
    }
  }
  return f.list;
}
