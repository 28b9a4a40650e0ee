// `$name` references: ids captured by a step's `ref` (or an initial row's), substituted into later values.
// A whole string `$r1` becomes the captured value; `${r1}` is interpolated inside a longer string; `$$` is a
// literal `$`. Keys are never substituted.

export type Path = (string | number)[];

const WHOLE = /^\$([A-Za-z_][A-Za-z0-9_-]*)$/;
const INSIDE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

/** Names a value refers to, with the path of each use. */
export function referencesIn(value: unknown, path: Path = []): { name: string; path: Path }[] {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return [{ name: whole[1]!, path }];
    return [...value.matchAll(INSIDE)].filter((m) => m[1]).map((m) => ({ name: m[1]!, path }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => referencesIn(v, [...path, k]));
  return [];
}

export class UnknownReference extends Error {
  constructor(
    readonly reference: string,
    known: string[],
  ) {
    super(`unknown reference $${reference} (known: ${known.length ? known.map((k) => `$${k}`).join(', ') : 'none'})`);
    this.name = 'UnknownReference';
  }
}

export class Refs {
  private readonly values = new Map<string, unknown>();

  define(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  get(name: string): unknown {
    if (!this.values.has(name)) throw new UnknownReference(name, this.names());
    return this.values.get(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  /** The captured ids, for reports. */
  entries(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }

  /** A copy of `value` with every reference replaced. */
  resolve<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') {
      const whole = WHOLE.exec(value);
      if (whole) return this.get(whole[1]!);
      if (!value.includes('$')) return value;
      return value.replace(INSIDE, (m, name: string | undefined) => (name ? String(this.get(name)) : '$'));
    }
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v)]));
    }
    return value;
  }
}
