// Encoding functions: base64, binary, data URIs and URI components. Binary
// results are content envelopes; `string()` of one is its decoded text.

import { contentBytes, isContent, makeContent, toText, type Value } from '../values';
import { invalid, str, type CallSite, type Fn } from './args';

const OCTET_STREAM = 'application/octet-stream';

/** UTF-8 bytes of a value (content: its own bytes). */
function bytesOf(value: Value): Buffer {
  return isContent(value) ? contentBytes(value) : Buffer.from(toText(value), 'utf8');
}

/** Decodes base64 strictly, like Convert.FromBase64String (white space allowed). */
function fromBase64(site: CallSite, text: string): Buffer {
  const compact = text.replace(/[\t\n\r ]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    invalid(site, `The provided value '${text}' is not a valid base64 string.`);
  }
  return Buffer.from(compact, 'base64');
}

/** Uri.EscapeDataString: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded (UTF-8). */
export function escapeDataString(text: string): string {
  const wellFormed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-decodes to bytes, leaving malformed escapes as they are (Uri.UnescapeDataString). */
function unescapeBytes(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      out.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
    }
  }
  return Buffer.from(out);
}

interface DataUri {
  mediaType: string;
  bytes: Buffer;
}

function parseDataUri(site: CallSite, uri: string): DataUri {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/is.exec(uri.trim());
  if (!match) invalid(site, `The provided value '${uri}' is not a valid data URI.`);
  const bytes = match[2] ? fromBase64(site, match[3]!) : unescapeBytes(match[3]!);
  return { mediaType: match[1] || 'text/plain;charset=US-ASCII', bytes };
}

export const ENCODING_FUNCTIONS: Record<string, Fn> = {
  base64: (args) => bytesOf(args[0]!).toString('base64'),
  base64tostring: (args, site) => (isContent(args[0]) ? contentBytes(args[0]) : fromBase64(site, str(site, args, 0))).toString('utf8'),
  decodebase64: (args, site) => (isContent(args[0]) ? contentBytes(args[0]) : fromBase64(site, str(site, args, 0))).toString('utf8'),
  base64tobinary: (args, site) => makeContent(fromBase64(site, str(site, args, 0)), OCTET_STREAM),
  binary: (args) => (isContent(args[0]) ? args[0] : makeContent(bytesOf(args[0]!), OCTET_STREAM)),
  datauri: (args) => {
    const v = args[0]!;
    const type = isContent(v) ? v['$content-type'] : 'text/plain;charset=utf-8';
    return `data:${type};base64,${bytesOf(v).toString('base64')}`;
  },
  datauritobinary: (args, site) => {
    const { mediaType, bytes } = parseDataUri(site, str(site, args, 0));
    return makeContent(bytes, mediaType);
  },
  decodedatauri: (args, site) => {
    const { mediaType, bytes } = parseDataUri(site, str(site, args, 0));
    return makeContent(bytes, mediaType);
  },
  datauritostring: (args, site) => parseDataUri(site, str(site, args, 0)).bytes.toString('utf8'),
  uricomponent: (args) => escapeDataString(toText(args[0])),
  encodeuricomponent: (args) => escapeDataString(toText(args[0])),
  uricomponenttostring: (args, site) => unescapeBytes(str(site, args, 0)).toString('utf8'),
  decodeuricomponent: (args, site) => unescapeBytes(str(site, args, 0)).toString('utf8'),
  uricomponenttobinary: (args, site) => makeContent(unescapeBytes(str(site, args, 0)), OCTET_STREAM),
};
