// What the page's parts share: the symbolic roots, the project's names (columns, options, environment variables)
// and the described builders of the mapping module, by their export names.
import type { Made } from '../../../flows-src/mapping/describe';
import type { ExprNode } from '../../dsl';
import type { Names } from './names';
import type { Symbols } from './symbols';

/** The part of flows-src/mapping the generator reads besides the builders it calls. */
export interface Described {
  madeBy(result: ExprNode | object): Made | undefined;
}

export interface Context {
  symbols: Symbols;
  names: Names;
  /** How a node was made, with the builder's export name. */
  made(n: ExprNode | object): (Made & { name: string }) | undefined;
}

/** A context for a mapping module: builder names are its export names. */
export function contextOf(mapping: Described & Record<string, unknown>, symbols: Symbols, names: Names): Context {
  const builderNames = new Map<unknown, string>();
  for (const [name, value] of Object.entries(mapping)) if (typeof value === 'function') builderNames.set(value, name);
  return {
    symbols,
    names,
    made: (n) => {
      const m = mapping.madeBy(n);
      return m && { ...m, name: builderNames.get(m.builder) ?? 'rule' };
    },
  };
}
