// The solution's files: the unpacked tree (`pac solution unpack` layout) and the packed zips' entries.
import type { SolutionConfig } from './config';
import type { PackageParts } from './parts';
import { render } from './templates';
import {
  type PackagedFlow,
  customizationsView,
  envVarPath,
  environmentVariableView,
  ordinal,
  rootComponentViews,
  solutionView,
  workflowPath,
  workflowView,
} from './views';
import { BOM, crlf } from './xml';

export interface OutFile {
  /** Forward-slash path, relative to the tree or zip root. */
  path: string;
  data: Buffer;
}

export interface PackageInput {
  config: SolutionConfig;
  flows: PackagedFlow[];
  parts: PackageParts;
}

export interface SolutionPackage {
  /** The unpacked tree, sorted by path. */
  unpacked: OutFile[];
  /** Entries of the unmanaged and managed zips, in zip order. */
  unmanaged: OutFile[];
  managed: OutFile[];
}

const utf8 = (text: string, bom = false) => Buffer.from((bom ? BOM : '') + text, 'utf8');

/** The zip's three root files first, in a real export's order, then every other entry by path. */
const ROOT_ORDER = ['customizations.xml', '[Content_Types].xml', 'solution.xml'];

function checkPath(path: string, what: string): string {
  if (!path || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`${what} has an invalid path '${path}': use a relative forward-slash path without '.' or '..' segments`);
  }
  return path;
}

/** Adds a file; zip readers and Windows treat paths case-insensitively, so a case-only clash is an error too. */
function addUnique(files: Map<string, Buffer>, path: string, data: Buffer, what: string): void {
  let lower = folded.get(files);
  if (!lower) folded.set(files, (lower = new Map([...files.keys()].map((p) => [p.toLowerCase(), p]))));
  const clash = lower.get(path.toLowerCase());
  if (clash !== undefined) throw new Error(`${what}: two files have the path '${path}'${clash !== path ? ` (and '${clash}')` : ''}`);
  files.set(path, data);
  lower.set(path.toLowerCase(), path);
}

/** Each file map's paths by their lower-case form, so a case-only clash is found without scanning every path. */
const folded = new WeakMap<Map<string, Buffer>, Map<string, string>>();

function contentTypes(paths: string[]): string {
  const extensions: string[] = [];
  const overrides: string[] = [];
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot > 0) {
      const ext = base.slice(dot + 1);
      if (!extensions.includes(ext)) extensions.push(ext);
    } else overrides.push(`/${p}`);
  }
  return render('content-types.xml', { extensions, overrides });
}

/** Each flow's workflow file bytes, encoded once for the tree and both zips. */
type FlowBytes = Map<PackagedFlow, Buffer>;

/** Both zips' entries: the same but for solution.xml's <Managed>, so everything else is rendered once. */
function packed(input: PackageInput, bytes: FlowBytes): { unmanaged: OutFile[]; managed: OutFile[] } {
  const { config, flows, parts } = input;
  const files = new Map<string, Buffer>();
  for (const f of flows) addUnique(files, workflowPath(f), bytes.get(f)!, 'workflows');
  for (const e of config.environmentVariables) {
    addUnique(
      files,
      envVarPath(e.schemaName),
      utf8(crlf(render('environmentvariabledefinition.xml', environmentVariableView(e)))),
      'environment variables',
    );
  }
  for (const f of parts.files) {
    if (f.packedPath) addUnique(files, checkPath(f.packedPath, f.unpackedPath), Buffer.from(f.content), 'component files');
  }
  const rest = [...files.keys()].sort(ordinal);
  for (const root of ROOT_ORDER) if (files.has(root)) throw new Error(`a component file cannot be named '${root}'`);
  // A genuine export's root XML: no byte-order mark, no declaration, CRLF line ends.
  const customizations = utf8(crlf(render('customizations.xml', customizationsView(config, flows, parts, false))));
  const rootComponents = rootComponentViews(flows, parts, false);
  const types = utf8(contentTypes([...ROOT_ORDER, ...rest]), true);
  const entries = (managed: 0 | 1): OutFile[] => [
    { path: 'customizations.xml', data: customizations },
    { path: '[Content_Types].xml', data: types },
    { path: 'solution.xml', data: utf8(crlf(render('solution.xml', solutionView(config, rootComponents, managed, false)))) },
    ...rest.map((path) => ({ path, data: files.get(path)! })),
  ];
  return { unmanaged: entries(0), managed: entries(1) };
}

function unpacked(input: PackageInput, bytes: FlowBytes): OutFile[] {
  const { config, flows, parts } = input;
  const files = new Map<string, Buffer>();
  // Unpacked files as `pac solution unpack` writes them: LF; Customizations and data.xml with a BOM.
  // <Managed>0</Managed>: `pac solution pack` of this folder (package type Unmanaged) then works as is.
  addUnique(
    files,
    'Other/Solution.xml',
    utf8(render('solution.xml', solutionView(config, rootComponentViews(flows, parts, true), 0, true))),
    'solution',
  );
  addUnique(
    files,
    'Other/Customizations.xml',
    utf8(render('customizations.xml', customizationsView(config, [], undefined, true)), true),
    'solution',
  );
  for (const f of flows) {
    addUnique(files, workflowPath(f), bytes.get(f)!, 'workflows');
    addUnique(files, `${workflowPath(f)}.data.xml`, utf8(render('workflow.data.xml', workflowView(f, true)), true), 'workflows');
  }
  for (const e of config.environmentVariables) {
    addUnique(
      files,
      envVarPath(e.schemaName),
      utf8(render('environmentvariabledefinition.xml', environmentVariableView(e))),
      'environment variables',
    );
  }
  for (const f of parts.files) addUnique(files, checkPath(f.unpackedPath, 'a component file'), Buffer.from(f.content), 'component files');
  return [...files.keys()].sort(ordinal).map((path) => ({ path, data: files.get(path)! }));
}

/** Renders every file of the solution; deterministic for the same input. */
export function packageSolution(input: PackageInput): SolutionPackage {
  const bytes: FlowBytes = new Map(input.flows.map((f) => [f, f.bytes ?? utf8(f.json)]));
  return { unpacked: unpacked(input, bytes), ...packed(input, bytes) };
}
