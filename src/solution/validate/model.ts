// What a solution declares, read from either layout: manifest, workflows, connection references, connectors,
// environment variables, missing dependencies — each with the file and line it came from.
import { Findings } from './finding';
import type { SolutionSource } from './source';
import { type XmlDoc, type XmlNode, type XmlShape, arr, attr, checkXml, obj, parseXml, txt } from './xml';

export interface Located {
  file: string;
  line?: number;
  doc: XmlDoc;
  node: XmlNode;
}

export interface WorkflowEntry extends Located {
  id: string;
  name: string;
  jsonFileName: string;
}
export interface RootEntry extends Located {
  type: string;
  id: string;
  schemaName: string;
  behavior: string;
}
export interface ConnectionReferenceEntry extends Located {
  logicalName: string;
  connectorId: string;
  customConnectorId: string;
}
export interface ConnectorEntry extends Located {
  id: string;
  name: string;
}
export interface EnvVarEntry extends Located {
  schemaName: string;
  /** The folder name under environmentvariabledefinitions/. */
  folder: string;
}
export interface DependencyEntry {
  type: string;
  /** The required component's key: id, schemaName, or `id.<attribute>` value. */
  keys: string[];
  solution: string;
}

export interface SolutionModel {
  source: SolutionSource;
  solutionFile: string;
  customizationsFile: string;
  solution?: XmlDoc;
  customizations?: XmlDoc;
  roots: RootEntry[];
  workflows: WorkflowEntry[];
  connectionReferences: ConnectionReferenceEntry[];
  connectors: ConnectorEntry[];
  envVars: EnvVarEntry[];
  dependencies: DependencyEntry[];
  /** Well-formedness problems found while reading. */
  findings: Findings;
  /** XML files that could not be read: cross-checks that depend on them are skipped rather than cascade. */
  unreadable: Set<string>;
}

const WORKFLOW_DATA = /^Workflows\/[^/]+\.json\.data\.xml$/;
const CONNECTOR_XML = /^Connectors\/[^/]+\.xml$/;
const ENV_VAR = /^environmentvariabledefinitions\/([^/]+)\/environmentvariabledefinition\.xml$/;

export function readModel(source: SolutionSource): SolutionModel {
  const unpacked = source.layout === 'unpacked';
  const solutionFile = unpacked ? 'Other/Solution.xml' : 'solution.xml';
  const customizationsFile = unpacked ? 'Other/Customizations.xml' : 'customizations.xml';
  // How each XML file is read: parsed when the model or a check reads it, else only checked for well-formedness.
  const shapeOf = (path: string): XmlShape | undefined =>
    path === customizationsFile
      ? 'customizations'
      : path === solutionFile ||
          path === '[Content_Types].xml' ||
          (unpacked && (WORKFLOW_DATA.test(path) || CONNECTOR_XML.test(path))) ||
          ENV_VAR.test(path)
        ? 'full'
        : undefined;
  const findings = new Findings('xml');
  const docs = new Map<string, XmlDoc>();
  const unreadable = new Set<string>();
  for (const [path, bytes] of source.files) {
    if (!path.toLowerCase().endsWith('.xml')) continue;
    const shape = shapeOf(path);
    const r = shape ? parseXml(path, bytes, shape) : undefined;
    if (r?.ok) docs.set(path, r.doc);
    const problem = r ? (r.ok ? undefined : r) : checkXml(bytes);
    if (problem) {
      findings.error(path, problem.message, { line: problem.line });
      unreadable.add(path);
    }
  }
  const model: SolutionModel = {
    source,
    solutionFile,
    customizationsFile,
    roots: [],
    workflows: [],
    connectionReferences: [],
    connectors: [],
    envVars: [],
    dependencies: [],
    findings,
    unreadable,
  };
  model.solution = docs.get(model.solutionFile);
  model.customizations = docs.get(model.customizationsFile);

  const manifest = obj(obj(model.solution?.root.ImportExportXml).SolutionManifest);
  if (model.solution) {
    for (const node of arr(obj(manifest.RootComponents).RootComponent)) {
      const [type, id, schemaName, behavior] = ['type', 'id', 'schemaName', 'behavior'].map((a) => attr(node, a)) as [
        string,
        string,
        string,
        string,
      ];
      model.roots.push({
        file: model.solutionFile,
        line: model.solution.lineOf(node),
        doc: model.solution,
        node,
        type,
        id,
        schemaName,
        behavior,
      });
    }
    for (const dep of arr(obj(manifest.MissingDependencies).MissingDependency)) {
      const req = obj(dep.Required);
      const keys = Object.entries(req)
        .filter(([k]) => k === '@id' || k === '@schemaName' || k.startsWith('@id.'))
        .map(([, v]) => String(v).toLowerCase());
      model.dependencies.push({ type: attr(req, 'type'), keys, solution: attr(req, 'solution') });
    }
  }

  const addWorkflow = (doc: XmlDoc, node: XmlNode) =>
    model.workflows.push({
      file: doc.file,
      line: doc.lineOf(node),
      doc,
      node,
      id: attr(node, 'WorkflowId'),
      name: attr(node, 'Name'),
      jsonFileName: txt(node.JsonFileName),
    });
  const addConnector = (doc: XmlDoc, node: XmlNode) =>
    model.connectors.push({
      file: doc.file,
      line: doc.lineOf(node),
      doc,
      node,
      id: txt(node.connectorid),
      name: txt(node.name),
    });

  const custom = obj(model.customizations?.root.ImportExportXml);
  if (model.customizations) {
    const doc = model.customizations;
    for (const node of arr(obj(custom.Workflows).Workflow)) addWorkflow(doc, node);
    for (const node of arr(obj(custom.Connectors).Connector)) addConnector(doc, node);
    for (const node of arr(obj(custom.connectionreferences).connectionreference)) {
      model.connectionReferences.push({
        file: doc.file,
        line: doc.lineOf(node),
        doc,
        node,
        logicalName: attr(node, 'connectionreferencelogicalname'),
        connectorId: txt(node.connectorid),
        customConnectorId: txt(obj(node.customconnectorid).connectorid),
      });
    }
  }
  for (const [path, doc] of docs) {
    if (unpacked && WORKFLOW_DATA.test(path)) for (const node of arr(doc.root.Workflow)) addWorkflow(doc, node);
    if (unpacked && CONNECTOR_XML.test(path)) for (const node of arr(doc.root.Connector)) addConnector(doc, node);
    const env = ENV_VAR.exec(path);
    if (env) {
      const node = obj(doc.root.environmentvariabledefinition);
      model.envVars.push({
        file: path,
        line: doc.lineOf(node) ?? 1,
        doc,
        node,
        schemaName: attr(node, 'schemaname'),
        folder: env[1]!,
      });
    }
  }
  return model;
}

/** The path of a file a customizations.xml reference (`/Workflows/…`, `/Connector/…`) points at, in this layout. */
export function referencedPath(model: SolutionModel, ref: string): string {
  const path = ref.replace(/^\//, '');
  return model.source.layout === 'unpacked' ? path.replace(/^Connector\//, 'Connectors/') : path;
}

/** Whether every file declaring components of a kind (`Workflows/`, `Connectors/`) parsed. */
export function declarationsReadable(model: SolutionModel, folder: string): boolean {
  if (!model.customizations) return false;
  return ![...model.unreadable].some((p) => p.startsWith(`${folder}/`));
}
