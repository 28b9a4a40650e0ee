// The options object of a generated statement, and JSON written verbatim (`extra`, raw actions).
import type { Json } from '../dsl';
import { key, str } from './values';

/** TypeScript for JSON taken verbatim (no DSL escaping): raw actions and `extra`. */
export function jsonCode(v: Json | undefined): string {
  if (v === undefined) return 'undefined';
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? str(v) : String(v);
  if (Array.isArray(v)) return `[${v.map(jsonCode).join(', ')}]`;
  return `{ ${Object.entries(v)
    .map(([k, x]) => `${key(k)}: ${jsonCode(x)}`)
    .join(', ')} }`;
}

/** Members of one options object, in writing order; `extra` holds verbatim JSON members. */
export class Options {
  private readonly pairs: string[] = [];
  readonly extra: Record<string, Json | undefined> = {};

  add(name: string, code: string | undefined): this {
    if (code !== undefined) this.pairs.push(`${key(name)}: ${code}`);
    return this;
  }

  /** `{ ... }`, or undefined when there is nothing to say. */
  code(): string | undefined {
    const pairs = [...this.pairs];
    if (Object.keys(this.extra).length) pairs.push(`extra: ${extraCode(this.extra)}`);
    return pairs.length ? `{ ${pairs.join(', ')} }` : undefined;
  }

  /** Arguments ending with the options object, dropping trailing undefined ones. */
  args(...positional: (string | undefined)[]): string {
    const all = [...positional, this.code()];
    while (all.length && all.at(-1) === undefined) all.pop();
    return all.map((a) => a ?? 'undefined').join(', ');
  }
}

function extraCode(extra: Record<string, Json | undefined>): string {
  return `{ ${Object.entries(extra)
    .map(([k, v]) => `${key(k)}: ${jsonCode(v)}`)
    .join(', ')} }`;
}
