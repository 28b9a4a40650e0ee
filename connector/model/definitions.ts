// The named schemas of one connector (Swagger `definitions`): each is referenced by `$ref` where it is used.
import type { Json, Schema } from '../../src/dsl';

export class Definitions {
  private readonly named = new Map<string, { [key: string]: Json }>();

  /** Registers `schema` as `#/definitions/<name>` and returns a schema that references it, with the same TS type. */
  define<T>(name: string, schema: Schema<T>): Schema<T> {
    if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(name)) throw new Error(`definition name '${name}' must be alphanumeric (dots allowed)`);
    if (this.named.has(name)) throw new Error(`definition '${name}' is defined twice`);
    this.named.set(name, schema.json);
    return { json: { $ref: `#/definitions/${name}` } };
  }

  /** The definitions in the order they were defined. */
  get json(): { [name: string]: Json } {
    return Object.fromEntries(this.named);
  }

  has(name: string): boolean {
    return this.named.has(name);
  }
}
