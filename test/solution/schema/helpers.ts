// Shared helpers for the Dataverse schema tests: the project's schema components, XML parsing and outlines.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { SchemaComponents } from '../../../src/solution/components';
import { schemaComponents } from '../../../src/solution/schema';

export const ROOT = path.resolve(__dirname, '../../..');
export const SCHEMA_YAML = path.join(ROOT, 'solution-template/schema/dataverse.yaml');
export const PUBLISHER = { prefix: 'cosell', optionValuePrefix: 62018 } as const;

/** The shared reference folder beside the project, holding verbatim real solution exports. */
export const shared = path.resolve(__dirname, '../../../../shared');
export const HAVE_SHARED = existsSync(shared);
export const SKIP_REASON = `reference exports folder ${shared} is absent (real solution files live beside the project)`;
export const ENTITIES = path.join(shared, 'solution-examples/entities');

let cached: SchemaComponents | undefined;
export const project = (): SchemaComponents => (cached ??= schemaComponents(SCHEMA_YAML, PUBLISHER));

export function file(c: SchemaComponents, unpackedPath: string): string {
  const f = c.files.find((x) => x.unpackedPath === unpackedPath);
  if (!f) throw new Error(`no file ${unpackedPath} among ${c.files.map((x) => x.unpackedPath).join(', ')}`);
  return String(f.content);
}

export const readShared = (rel: string): string => readFileSync(path.join(ENTITIES, rel), 'utf8');

// --- XML as a tree: fast-xml-parser's ordered form reduced to { name, attrs, children, text }.

export interface XNode {
  name: string;
  attrs: Array<[string, string]>;
  children: XNode[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export function parseXml(xml: string): XNode[] {
  return (parser.parse(xml.replace(/^\uFEFF/, '')) as unknown[]).map(toNode).filter((n) => !n.name.startsWith('?'));
}

/** The single root element of a document. */
export const root = (xml: string): XNode => parseXml(xml)[0]!;

function toNode(raw: unknown): XNode {
  const r = raw as Record<string, unknown>;
  const name = Object.keys(r).find((k) => k !== ':@')!;
  const attrs = Object.entries((r[':@'] as Record<string, string>) ?? {});
  const kids = (r[name] as unknown[]) ?? [];
  const text = kids
    .filter((k) => '#text' in (k as object))
    .map((k) => String((k as Record<string, unknown>)['#text']))
    .join('');
  return { name, attrs, text, children: kids.filter((k) => !('#text' in (k as object))).map(toNode) };
}

export const child = (n: XNode, name: string): XNode | undefined => n.children.find((c) => c.name === name);

/** All descendants (and the node itself) with the given name, document order. */
export function findAll(n: XNode, name: string, out: XNode[] = []): XNode[] {
  if (n.name === name) out.push(n);
  for (const c of n.children) findAll(c, name, out);
  return out;
}

export const attr = (n: XNode, name: string): string | undefined => n.attrs.find(([k]) => k === name)?.[1];

/** The `<attribute>` of a table, by physical name. */
export function attributeOf(entity: XNode, physicalName: string): XNode {
  const a = findAll(entity, 'attribute').find((x) => attr(x, 'PhysicalName') === physicalName);
  if (!a) throw new Error(`no attribute ${physicalName}`);
  return a;
}

/**
 * The structure of an element, without values: element names in order, attribute names, and whether an element
 * holds text. Consecutive siblings with the same outline (repeated options, rows, cells) are shown once.
 */
export function outline(n: XNode, depth = 0): string {
  const head = `${'  '.repeat(depth)}${n.name}${n.attrs.length ? `[${n.attrs.map(([k]) => k).join(',')}]` : ''}`;
  const lines = [head];
  let previous = '';
  for (const c of n.children) {
    const o = outline(c, depth + 1);
    if (o !== previous) lines.push(o);
    previous = o;
  }
  return lines.join('\n');
}

/** The element with every value, one line per node (whitespace-insensitive comparison of content). */
export function canonical(n: XNode, depth = 0): string {
  const a = n.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  return [`${'  '.repeat(depth)}${n.name}${a}${n.text ? ` = ${n.text}` : ''}`, ...n.children.map((c) => canonical(c, depth + 1))].join(
    '\n',
  );
}

/** A copy of the node without the named child elements (at any depth). */
export function without(n: XNode, ...names: string[]): XNode {
  return { ...n, children: n.children.filter((c) => !names.includes(c.name)).map((c) => without(c, ...names)) };
}
