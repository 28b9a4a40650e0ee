// XML: xml() and xpath(), and the JSON <-> XML mapping of json(xml(...)) and
// xml(object), following Json.NET's XmlNodeConverter: attributes as '@name',
// text beside elements or attributes as '#text', repeated elements as arrays,
// the declaration as '?xml'. XML values are content envelopes.

import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import xpathLib from 'xpath';
import { contentBytes, isContent, isObject, makeContent, setOwn, toFloat, toText, type Content, type JsonObject, type Value } from '../values';
import { parseJson } from '../json';
import { invalid, typeError, type CallSite, type Fn } from './args';

const XML_TYPE = 'application/xml;charset=utf-8';
const ELEMENT = 1;
const ATTRIBUTE = 2;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;

export function isXmlContent(value: Value | undefined): value is Content {
  return isContent(value) && /[/+]xml\b/i.test(value['$content-type']);
}

function parseXml(site: CallSite, text: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    return invalid(site, `The provided value cannot be parsed as XML: '${detail}'.`);
  }
}

/** Json.NET's value of an element: null, text, or an object of attributes and children. */
function elementValue(element: Element): Value {
  const result: JsonObject = {};
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i)!;
    setOwn(result, `@${attribute.name}`, attribute.value);
  }
  const texts: string[] = [];
  const children = new Map<string, Value[]>();
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT) {
      const list = children.get(child.nodeName) ?? [];
      list.push(elementValue(child as Element));
      children.set(child.nodeName, list);
    } else if ((child.nodeType === TEXT && child.nodeValue?.trim()) || child.nodeType === CDATA) {
      texts.push(child.nodeValue ?? '');
    }
  }
  if (element.attributes.length === 0 && children.size === 0) return texts.length === 0 ? null : texts.join('');
  if (texts.length > 0) setOwn(result, '#text', texts.length === 1 ? texts[0]! : texts);
  for (const [name, list] of children) setOwn(result, name, list.length === 1 ? list[0]! : list);
  return result;
}

/** json(xml): the document as Json.NET serializes it. */
export function xmlToJson(site: CallSite, text: string): Value {
  const doc = parseXml(site, text);
  const result: JsonObject = {};
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === PROCESSING_INSTRUCTION && node.nodeName === 'xml') {
      const declaration: JsonObject = {};
      for (const [, name, value] of (node.nodeValue ?? '').matchAll(/(\w+)\s*=\s*["']([^"']*)["']/g)) setOwn(declaration, `@${name}`, value!);
      setOwn(result, '?xml', declaration);
    } else if (node.nodeType === ELEMENT) {
      setOwn(result, node.nodeName, elementValue(node as Element));
    }
  }
  return result;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const xmlText = (v: Value) => (typeof v === 'boolean' ? String(v) : toText(v));

function writeElement(site: CallSite, name: string, value: Value): string {
  if (Array.isArray(value)) return value.map((item) => writeElement(site, name, item)).join('');
  if (!/^[A-Za-z_][\w.:-]*$/.test(name)) invalid(site, `'${name}' is not a valid XML element name.`);
  if (value === null) return `<${name} />`;
  if (!isObject(value)) return `<${name}>${escapeText(xmlText(value))}</${name}>`;
  let attributes = '';
  let body = '';
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('@')) attributes += ` ${key.slice(1)}="${escapeAttribute(xmlText(child))}"`;
    else if (key === '#text') body += escapeText(xmlText(child));
    else if (key === '#cdata-section') body += `<![CDATA[${xmlText(child)}]]>`;
    else body += writeElement(site, key, child);
  }
  return body === '' ? `<${name}${attributes} />` : `<${name}${attributes}>${body}</${name}>`;
}

/** xml(object): the single root property becomes the root element. */
function jsonToXml(site: CallSite, value: JsonObject): string {
  const { '?xml': declaration, ...rest } = value;
  const roots = Object.keys(rest);
  if (roots.length !== 1 || Array.isArray(rest[roots[0]!])) {
    invalid(site, 'The JSON object must have exactly one root property, which cannot be an array.');
  }
  let prolog = '';
  if (isObject(declaration)) {
    prolog = `<?xml${Object.entries(declaration).map(([k, v]) => ` ${k.replace(/^@/, '')}="${xmlText(v)}"`).join('')}?>`;
  }
  return prolog + writeElement(site, roots[0]!, rest[roots[0]!]!);
}

function xmlDocument(site: CallSite, value: Value): Document {
  if (isContent(value)) return parseXml(site, contentBytes(value).toString('utf8'));
  if (typeof value === 'string') return parseXml(site, value);
  return typeError(site, 0, 'an XML value or a string', value);
}

function nodeValue(node: Node): Value {
  if (node.nodeType === ELEMENT) return makeContent(Buffer.from(new XMLSerializer().serializeToString(node), 'utf8'), XML_TYPE);
  if (node.nodeType === ATTRIBUTE || node.nodeType === TEXT || node.nodeType === CDATA) return node.nodeValue ?? '';
  return new XMLSerializer().serializeToString(node);
}

export const XML_FUNCTIONS: Record<string, Fn> = {
  xml: (args, site) => {
    const v = args[0]!;
    if (isXmlContent(v)) return v;
    if (isObject(v) && !isContent(v)) return makeContent(Buffer.from(jsonToXml(site, v), 'utf8'), XML_TYPE);
    const text = isContent(v) ? contentBytes(v).toString('utf8') : typeof v === 'string' ? v : typeError(site, 0, 'a string or an object', v);
    if (!text.trimStart().startsWith('<')) {
      try {
        const json = parseJson(text);
        if (isObject(json)) return makeContent(Buffer.from(jsonToXml(site, json), 'utf8'), XML_TYPE);
      } catch {
        // not JSON either: report the XML error below
      }
    }
    parseXml(site, text);
    return makeContent(Buffer.from(text, 'utf8'), XML_TYPE);
  },
  xpath: (args, site) => {
    const doc = xmlDocument(site, args[0]!);
    const expression = args[1];
    if (typeof expression !== 'string') return typeError(site, 1, 'of type string', expression);
    let result: unknown;
    try {
      result = xpathLib.select(expression, doc as unknown as globalThis.Node);
    } catch (error) {
      return invalid(site, `The XPath expression '${expression}' is not valid: ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (typeof result === 'number') return Number.isFinite(result) ? toFloat(result) : null;
    if (typeof result === 'string' || typeof result === 'boolean') return result;
    return (result as Node[]).map(nodeValue);
  },
};
