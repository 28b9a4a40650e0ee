// Errors in dataverse.yaml, each located by YAML line/column and by field path (`tables[2].columns[0].maxLength`).
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type PathSegment = string | number;

export interface SchemaIssue {
  line?: number;
  column?: number;
  /** Field path, e.g. `tables[1].columns[3].maxLength`. */
  field: string;
  message: string;
}

export class SchemaError extends Error {
  constructor(
    readonly file: string,
    readonly issues: SchemaIssue[],
  ) {
    super(issues.map((i) => formatIssue(file, i)).join('\n'));
    this.name = 'SchemaError';
  }
}

export function formatIssue(file: string, i: SchemaIssue): string {
  const where = i.line ? `${file}:${i.line}:${i.column ?? 1}` : file;
  return `${where}: ${i.field || '(root)'}: ${i.message}`;
}

export function fieldPath(path: readonly PathSegment[]): string {
  return path.map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? p : `.${p}`)).join('');
}

/** Locates a path in the YAML document: the value node, or the key when `onKey`, or the nearest existing parent. */
export class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  issue(path: readonly PathSegment[], message: string, onKey = false): SchemaIssue {
    const pos = this.position(path, onKey);
    return { ...pos, field: fieldPath(path), message };
  }

  private position(path: readonly PathSegment[], onKey: boolean): { line?: number; column?: number } {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
        if (!pair) break;
        if (last && onKey && isNode(pair.key)) return this.at(pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
      } else break;
      if (isNode(node)) best = node;
      else break;
    }
    return best ? this.at(best) : {};
  }

  private at(node: Node): { line?: number; column?: number } {
    const start = node.range?.[0];
    if (start === undefined) return {};
    const { line, col } = this.lines.linePos(start);
    return { line, column: col };
  }
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && 'range' in x;
}
