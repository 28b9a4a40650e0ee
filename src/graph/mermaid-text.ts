// Mermaid text: stable, Mermaid-safe node ids and escaped labels.
import { createHash } from 'node:crypto';

/** Mermaid's `#code;` entities for characters that would end or change a quoted label. */
const ENTITIES: Record<string, string> = { '"': '#34;', '#': '#35;', '&': '#38;', '<': '#60;', '>': '#62;', '`': '#96;' };

/** Text for inside a `"…"` label: quotes, HTML and entity characters escaped, whitespace runs as one space. */
export function escapeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/["#&<>`]/g, (c) => ENTITIES[c]!);
}

/** Label lines joined with Mermaid's line break. */
export const label = (...lines: string[]) => `"${lines.map(escapeLabel).join('<br/>')}"`;

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Node ids: a prefix and the name where it is `[A-Za-z0-9_]`, else the name's safe characters and a short
 * hash of it. The same name always gets the same id; a clash (rare) takes a numbered suffix in call order.
 */
export class NodeIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  id(prefix: string, name: string): string {
    const key = `${prefix}\u0000${name}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const safe = name.replace(/[^A-Za-z0-9_]/g, '_');
    let id = safe === name ? `${prefix}_${name}` : `${prefix}_${safe}_${createHash('sha256').update(name).digest('hex').slice(0, 6)}`;
    for (let n = 2; this.taken.has(id); n++) id = `${id.replace(/_\d+$/, '')}_${n}`;
    this.byKey.set(key, id);
    this.taken.add(id);
    return id;
  }
}
