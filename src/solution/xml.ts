// XML text helpers: escaping for XML (not HTML), GUID spellings, byte-order mark and line ends of real exports.

export const BOM = '\uFEFF';

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF).
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checked(value: unknown): string {
  if (value === null || value === undefined) throw new Error('an XML value is missing (null or undefined)');
  const s = String(value);
  const bad = INVALID.exec(s);
  if (bad)
    throw new Error(
      `character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} cannot appear in XML (in ${JSON.stringify(s)})`,
    );
  return s;
}

/** Element text: `&`, `<`, `>` escaped, as .NET's XmlWriter writes exports. */
export function xmlText(value: unknown): string {
  return checked(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value: also `"` and the line-break characters a parser would normalise away. */
export function xmlAttr(value: unknown): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\r/g, '&#xD;').replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;');
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

function bare(guid: string): string {
  const m = GUID.exec(guid);
  if (!m) throw new Error(`'${guid}' is not a GUID`);
  return m[1]!;
}

/** `{8fde32d5-…}`: how XML attributes (WorkflowId, RootComponent id) spell GUIDs. */
export const bracedGuid = (guid: string): string => `{${bare(guid).toLowerCase()}}`;
/** `8fde32d5-…`: how element text (customconnectorid, connectorid) spells GUIDs. */
export const plainGuid = (guid: string): string => bare(guid).toLowerCase();
/** `8FDE32D5-…`: how workflow file names spell GUIDs. */
export const upperGuid = (guid: string): string => bare(guid).toUpperCase();

/** LF text to the CRLF line ends of a packed export. */
export const crlf = (text: string): string => text.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

/** Removes the common leading indentation of a fragment's lines, then indents them by `spaces`. */
export function reindent(fragment: string, spaces: number): string {
  const lines = fragment
    .replace(/\r\n/g, '\n')
    .replace(/^\n+|\s+$/g, '')
    .split('\n');
  const common = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  const pad = ' '.repeat(spaces);
  return lines.map((l) => (l.trim() ? pad + l.slice(Number.isFinite(common) ? common : 0) : '')).join('\n');
}
