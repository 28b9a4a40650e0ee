// Every <Workflow> has its JSON and every workflow JSON its <Workflow>; ids, file names and codes as exported.
import { Findings, type SolutionFinding } from '../finding';
import { bareLower, bracedProblem } from '../guid';
import { type SolutionModel, declarationsReadable, referencedPath } from '../model';
import { txt } from '../xml';

const VALID_STATES = new Set(['0/1', '1/2', '2/3']);
const FILE_NAME = /^\/Workflows\/([^/]+)-([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\.json$/;

export function workflows(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('workflows');
  const referenced = new Set<string>();
  const ids = new Map<string, string>();
  for (const w of model.workflows) {
    const field = `Workflow[Name="${w.name}"]`;
    const at = (el?: string) => ({ line: el ? w.doc.childLine(w.node, el) : w.line, field: el ? `${field}/${el}` : field });
    const idProblem = bracedProblem(w.id);
    if (idProblem) f.error(w.file, `WorkflowId ${idProblem}`, at());
    const key = bareLower(w.id);
    if (ids.has(key)) f.error(w.file, `WorkflowId ${w.id} is also used by '${ids.get(key)}'`, at());
    ids.set(key, w.name);

    const category = txt(w.node.Category);
    if (!w.jsonFileName) {
      if (category === '5') f.error(w.file, 'a modern flow (Category 5) needs a <JsonFileName>', at('Category'));
      continue; // a classic workflow (XAML) is not ours to check
    }
    if (category !== '5')
      f.error(
        w.file,
        `a flow with a JSON definition must have <Category>5</Category> (modern flow), not ${category || 'none'}`,
        at('Category'),
      );
    if (txt(w.node.Type) !== '1') f.error(w.file, `<Type>${txt(w.node.Type)}</Type>: cloud flows are definitions, type 1`, at('Type'));
    const state = `${txt(w.node.StateCode)}/${txt(w.node.StatusCode)}`;
    if (!VALID_STATES.has(state))
      f.error(w.file, `StateCode/StatusCode ${state} is not a valid pair (0/1 off, 1/2 on, 2/3 suspended)`, at('StateCode'));

    const m = FILE_NAME.exec(w.jsonFileName);
    if (!m) f.error(w.file, `'${w.jsonFileName}' must be /Workflows/<Name>-<GUID>.json`, at('JsonFileName'));
    else {
      if (m[2] !== m[2]!.toUpperCase())
        f.error(w.file, `the GUID in '${w.jsonFileName}' must be upper case, as exports name workflow files`, at('JsonFileName'));
      if (!idProblem && m[2]!.toLowerCase() !== key)
        f.error(w.file, `the file name's GUID ${m[2]} differs from the WorkflowId ${w.id}`, at('JsonFileName'));
    }
    const path = referencedPath(model, w.jsonFileName);
    referenced.add(path);
    if (!model.source.files.has(path)) f.error(w.file, `the workflow JSON '${path}' is missing`, at('JsonFileName'));
    if (model.source.layout === 'unpacked' && w.file !== model.customizationsFile && w.file !== `${path}.data.xml`) {
      f.error(w.file, `a workflow's .data.xml must be named after its JSON file ('${path}.data.xml')`, at());
    }
  }
  // When the XML declaring workflows does not parse, that is the finding: no cascade of cross-check errors.
  if (!declarationsReadable(model, 'Workflows')) return f.list;
  for (const path of model.source.files.keys()) {
    if (/^Workflows\/[^/]+\.json$/i.test(path) && !referenced.has(path)) {
      f.error(path, 'no <Workflow> in customizations.xml refers to this workflow JSON (import reports unprocessed files)');
    }
  }

  // Flows are root components of type 29, and every type 29 root is defined.
  const roots = new Set(model.roots.filter((r) => r.type === '29').map((r) => bareLower(r.id)));
  for (const w of model.workflows) {
    if (!roots.has(bareLower(w.id)))
      f.warning(w.file, 'this workflow is not a RootComponent (type 29) of solution.xml', {
        line: w.line,
        field: `Workflow[Name="${w.name}"]`,
      });
  }
  for (const r of model.roots.filter((r) => r.type === '29')) {
    if (!ids.has(bareLower(r.id))) {
      f.error(r.file, `root component ${r.id} has no <Workflow> in customizations ("root components are not defined in customizations")`, {
        line: r.line,
        field: 'RootComponent type="29"',
      });
    }
  }
  return f.list;
}
