// XML of a solution read with fast-xml-parser: well-formedness with line numbers, and lines of elements.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = Record<string, any>; // parsed XML is untyped by nature

/** Elements that may repeat, always read as arrays. */
const REPEATED = new Set([
  'Workflow',
  'connectionreference',
  'RootComponent',
  'Connector',
  'MissingDependency',
  'Language',
  'Default',
  'Override',
]);

/**
 * Sections of customizations.xml no reader looks into (the model reads only Workflows, Connectors and
 * connectionreferences): kept as raw text instead of objects. XMLValidator still checks them; any other section
 * is built in full, which is only slower.
 */
const UNREAD_SECTIONS = [
  'Entities',
  'EntityRelationships',
  'EntityMaps',
  'EntityDataProviders',
  'optionsets',
  'Roles',
  'FieldSecurityProfiles',
  'Templates',
  'OrganizationSettings',
  'CustomControls',
  'Languages',
  'AppModules',
  'AppModuleSiteMaps',
  'CanvasApps',
  'SolutionPluginAssemblies',
  'WebResources',
];

const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  captureMetaData: true,
  isArray: (name: string) => REPEATED.has(name),
};
/** How a file is read: `full`, or `customizations` (its unread sections as text). */
export type XmlShape = 'full' | 'customizations';
const parsers: Record<XmlShape, XMLParser> = {
  full: new XMLParser(OPTIONS),
  customizations: new XMLParser({ ...OPTIONS, stopNodes: UNREAD_SECTIONS.map((s) => `ImportExportXml.${s}`) }),
};
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export interface XmlDoc {
  file: string;
  text: string;
  root: XmlNode;
  /** 1-based line of a character offset. */
  lineAt(offset: number | undefined): number | undefined;
  /** Line of a parsed element (object nodes only). */
  lineOf(node: unknown): number | undefined;
  /** Line of the first `<name` after the start of `within` (for text-only child elements). */
  childLine(within: unknown, name: string): number | undefined;
}

export interface XmlProblem {
  line?: number;
  message: string;
}
export type XmlResult = { ok: true; doc: XmlDoc } | ({ ok: false } & XmlProblem);

/** What is known of one text: its well-formedness, line starts and parsed roots, each computed when first asked. */
interface Entry {
  problem: XmlProblem | null;
  starts?: number[];
  roots: Partial<Record<XmlShape, XmlNode>>;
}

/**
 * Entries by text. A build validates its tree and both zips, which share most files (the two zips differ only in
 * solution.xml), and rebuilds of unchanged input repeat them; parsed roots are only read.
 */
const entries = new Map<string, Entry>();
const ENTRY_CHARS = 16 * 1024 * 1024;
let entryChars = 0;

/** Entries by the Buffer they were read from: both zips of a build hold the same Buffers. */
const byBytes = new WeakMap<Buffer, [string, Entry]>();

function entryOf(bytes: Buffer): [string, Entry] {
  const known = byBytes.get(bytes);
  if (known) return known;
  const read = entryOfText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  byBytes.set(bytes, read);
  return read;
}

function entryOfText(text: string): [string, Entry] {
  let entry = entries.get(text);
  if (!entry) {
    const valid = XMLValidator.validate(text);
    entry = {
      problem: valid === true ? null : { line: valid.err.line, message: `XML is not well-formed: ${valid.err.msg}` },
      roots: {},
    };
    if (entryChars + text.length > ENTRY_CHARS) {
      entries.clear();
      entryChars = 0;
    }
    entries.set(text, entry);
    entryChars += text.length;
  }
  return [text, entry];
}

/** Why a file is not well-formed XML, or undefined: for files that are only checked, never read. */
export function checkXml(bytes: Buffer): XmlProblem | undefined {
  return entryOf(bytes)[1].problem ?? undefined;
}

export function parseXml(file: string, bytes: Buffer, shape: XmlShape = 'full'): XmlResult {
  const [text, entry] = entryOf(bytes);
  if (entry.problem) return { ok: false, ...entry.problem };
  let root: XmlNode;
  try {
    root = entry.roots[shape] ??= parsers[shape].parse(text) as XmlNode;
  } catch (e) {
    // The validator accepts a few things the parser refuses (a broken `<?xml` declaration): same finding, no crash.
    return { ok: false, message: `XML is not well-formed: ${(e as Error).message}` };
  }
  const lineAt = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const starts = (entry.starts ??= lineStarts(text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const startOf = (node: unknown): number | undefined =>
    node && typeof node === 'object' ? (node as Record<symbol, { startIndex?: number }>)[META]?.startIndex : undefined;
  return {
    ok: true,
    doc: {
      file,
      text,
      root,
      lineAt,
      lineOf: (node) => lineAt(startOf(node)),
      childLine(within, name) {
        const from = startOf(within) ?? 0;
        const at = text.indexOf(`<${name}`, from);
        return at < 0 ? lineAt(from) : lineAt(at);
      },
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** An element's children as an object ('' for an empty element). */
export const obj = (v: unknown): XmlNode => (v && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : {});
/** A repeated element as an array. */
export const arr = (v: unknown): XmlNode[] =>
  Array.isArray(v) ? v.map(obj) : v && typeof v === 'object' ? [v as XmlNode] : [];
/** An element's text ('' when absent). */
export const txt = (v: unknown): string =>
  typeof v === 'string'
    ? v.trim()
    : v && typeof v === 'object' && '#text' in v
      ? String((v as XmlNode)['#text']).trim()
      : '';
/** An attribute's value ('' when absent). */
export const attr = (n: XmlNode, name: string): string =>
  typeof n[`@${name}`] === 'string' ? (n[`@${name}`] as string) : '';
