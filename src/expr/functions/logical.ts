// Logical comparison functions. if(), and() and or() evaluate their arguments
// left to right and only as far as needed; conditions must be booleans.

import { compareValues, looseEquals } from '../compare';
import { typeName, type Value } from '../values';
import { bool, fail, typeError, type CallSite, type Fn, type LazyFn } from './args';

function condition(site: CallSite, value: Value, index: number): boolean {
  if (typeof value !== 'boolean') typeError(site, index, 'of type boolean', value);
  return value;
}

function comparison(test: (order: number) => boolean): Fn {
  return (args, site) => {
    const [a, b] = args as [Value, Value];
    const order = compareValues(a, b);
    if (order === undefined) {
      fail(
        site,
        `The template language function '${site.name}' expects two parameters of matching types: integers, floats, ` +
          `strings or booleans. The provided values are of types '${typeName(a)}' and '${typeName(b)}'. ` +
          `Please see https://aka.ms/logicexpressions#${site.name.toLowerCase()} for usage details.`,
      );
    }
    return test(order);
  };
}

export const LOGICAL_FUNCTIONS: Record<string, Fn> = {
  not: (args, site) => !bool(site, args, 0),
  equals: (args) => looseEquals(args[0]!, args[1]!),
  greater: comparison((o) => o > 0),
  greaterorequals: comparison((o) => o >= 0),
  less: comparison((o) => o < 0),
  lessorequals: comparison((o) => o <= 0),
};

export const LAZY_LOGICAL_FUNCTIONS: Record<string, LazyFn> = {
  if: (args, site) => (condition(site, args[0]!(), 0) ? args[1]!() : args[2]!()),
  and: (args, site) => {
    for (let i = 0; i < args.length; i++) if (!condition(site, args[i]!(), i)) return false;
    return true;
  },
  or: (args, site) => {
    for (let i = 0; i < args.length; i++) if (condition(site, args[i]!(), i)) return true;
    return false;
  },
};
