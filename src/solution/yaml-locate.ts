// Lines of YAML values by path, from the `yaml` package's source ranges.
import { type Document, LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export type YamlPath = (string | number)[];

export interface LocatedYaml {
  doc: Document;
  /** 1-based line of the value at `path`, or of the key `key` under it; the nearest existing ancestor otherwise. */
  lineOf(path: YamlPath, key?: string): number | undefined;
}

/** The last text parsed: a build reads solution.yaml for its config and again for the connectors' settings. */
let last: { text: string; located: LocatedYaml } | undefined;

/** The parsed document, located; callers only read it (the same text may give them the same object). */
export function parseLocated(text: string): LocatedYaml {
  if (last?.text !== text) last = { text, located: locate(text) };
  return last.located;
}

function locate(text: string): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const line = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  return {
    doc,
    lineOf(path, key) {
      const start = (n: unknown) => line((n as { range?: [number] } | null | undefined)?.range?.[0]);
      let node: unknown = doc.contents;
      let found = start(node);
      const segments = key === undefined ? path : [...path, key];
      for (const [i, part] of segments.entries()) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
          if (!pair) break;
          // A key (`key`, or one with no value) is located at the key itself.
          const atKey = key !== undefined && i === segments.length - 1;
          found = (atKey ? undefined : start(pair.value)) ?? start(pair.key) ?? found;
          node = pair.value;
        } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
          node = node.items[part];
          found = start(node) ?? found;
        } else break;
      }
      return found;
    },
  };
}

/** `environmentVariables[1].type` from `['environmentVariables', 1, 'type']`. */
export function fieldName(path: YamlPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

/** JSON pointer (ajv's instancePath) to path segments; array indices become numbers. */
export function pointerToPath(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
