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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  captureMetaData: true,
  isArray: (name) => REPEATED.has(name),
});
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

export type XmlResult = { ok: true; doc: XmlDoc } | { ok: false; line?: number; message: string };

/**
 * Parsed documents by file and text. A build validates its tree and both zips, which share most files (the two
 * zips differ only in solution.xml), and rebuilds of unchanged input repeat them; parsed documents are only read.
 */
const parsed = new Map<string, XmlResult>();
const PARSED_CHARS = 16 * 1024 * 1024;
let parsedChars = 0;

export function parseXml(file: string, bytes: Buffer): XmlResult {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const key = `${file}\n${text}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const result = parseText(file, text);
  if (parsedChars + key.length > PARSED_CHARS) {
    parsed.clear();
    parsedChars = 0;
  }
  parsed.set(key, result);
  parsedChars += key.length;
  return result;
}

function parseText(file: string, text: string): XmlResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, message: `XML is not well-formed: ${valid.err.msg}` };
  const root = parser.parse(text) as XmlNode;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
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

/** An element's children as an object ('' for an empty element). */
export const obj = (v: unknown): XmlNode => (v && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : {});
/** A repeated element as an array. */
export const arr = (v: unknown): XmlNode[] => (Array.isArray(v) ? v.map(obj) : v && typeof v === 'object' ? [v as XmlNode] : []);
/** An element's text ('' when absent). */
export const txt = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : v && typeof v === 'object' && '#text' in v ? String((v as XmlNode)['#text']).trim() : '';
/** An attribute's value ('' when absent). */
export const attr = (n: XmlNode, name: string): string => (typeof n[`@${name}`] === 'string' ? (n[`@${name}`] as string) : '');
