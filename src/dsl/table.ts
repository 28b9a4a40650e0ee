// Dataverse table models: column logical names typed, so a misspelt column is a type error.
import type { Value } from './expr';

declare const ROW: unique symbol;

export interface Table<Row, Nav extends string = never> {
  /** Singular logical name, used by triggers (`opportunity`). */
  readonly logicalName: string;
  /** Entity set name, used by actions (`opportunities`). */
  readonly setName: string;
  /** Primary key column (`opportunityid`). */
  readonly primaryId: string;
  readonly [ROW]?: { row: Row; nav: Nav };
}

export type RowOf<T> = T extends Table<infer R, string> ? R : never;
export type NavOf<T> = T extends Table<unknown, infer N> ? N : never;

export function table<Row, Nav extends string = never>(def: {
  logicalName: string;
  setName: string;
  primaryId: string;
}): Table<Row, Nav> {
  return { ...def };
}

/** Column values a flow writes: each column typed, each optional. */
export type Columns<Row> = { [K in keyof Row]?: Value<Row[K]> | null };

/** Lookup bindings: navigation property -> the row it points at. */
export type Bindings<Nav extends string> = { [K in Nav]?: { table: Table<unknown, string>; id: Value<string> } };
