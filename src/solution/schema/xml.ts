// A tiny XML tree and printer that writes the layout of a Dataverse export: two-space indentation,
// one element per line, `<X />` for an empty element and `<X></X>` for an element with empty text.

export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyArray<readonly [string, string]>;
  /** Child elements; ignored when `text` is set. */
  readonly children: readonly XmlElement[];
  /** Text content; `''` prints `<X></X>`, undefined with no children prints `<X />`. */
  readonly text?: string;
}

type Attrs = Record<string, string | number | undefined>;
type Child = XmlElement | false | null | undefined | readonly Child[];

/** An element with attributes (in insertion order; undefined values are dropped) and children. */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): XmlElement {
  return { name, attrs: attrList(attrs), children: flatten(children) };
}

/** An element holding text (numbers are printed as they are). */
export function textEl(name: string, text: string | number, attrs: Attrs = {}): XmlElement {
  return { name, attrs: attrList(attrs), children: [], text: String(text) };
}

/** The same element with more children appended. */
export function withChildren(node: XmlElement, ...children: Child[]): XmlElement {
  return { ...node, children: [...node.children, ...flatten(children)] };
}

/** Escapes text content: `&`, `<`, `>` (XML rules, not HTML entities). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value written between double quotes; line breaks become character references. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#xD;').replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;');
}

/** Prints the element, starting at `depth` levels of indentation, lines joined with `\n`, no trailing newline. */
export function printXml(node: XmlElement, depth = 0): string {
  const lines: string[] = [];
  print(node, depth, lines);
  return lines.join('\n');
}

/** Prints several sibling elements at the same depth. */
export function printAll(nodes: readonly XmlElement[], depth = 0): string {
  return nodes.map((n) => printXml(n, depth)).join('\n');
}

const XSI = ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'] as const;

/** A file of the unpacked tree as SolutionPackager writes it: BOM, XML declaration, `xmlns:xsi` on the root, LF. */
export function unpackedDocument(root: XmlElement): string {
  const rooted: XmlElement = { ...root, attrs: [...root.attrs, XSI] };
  return `\uFEFF<?xml version="1.0" encoding="utf-8"?>\n${printXml(rooted)}`;
}

function print(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const open = `<${node.name}${node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
  if (node.text !== undefined) {
    out.push(`${pad}${open}>${escapeText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    out.push(`${pad}${open} />`);
  } else {
    out.push(`${pad}${open}>`);
    for (const child of node.children) print(child, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

function attrList(attrs: Attrs): Array<readonly [string, string]> {
  return Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => [k, String(v)] as const);
}

function flatten(children: readonly Child[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of children) {
    if (!c) continue;
    if (Array.isArray(c)) out.push(...flatten(c as readonly Child[]));
    else out.push(c as XmlElement);
  }
  return out;
}
