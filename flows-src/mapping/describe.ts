// Short human descriptions of mapping builders, for what an expression cannot say by itself (why a value is cut,
// which table a code goes through). docs/field-mapping.md shows them next to the fields the builders map.
import { type ExprNode, NODE, isExpr } from '../../src/dsl';

/** A result of a described builder: which builder made it, from which arguments. */
export interface Made {
  builder: (...args: any[]) => unknown;
  description: string;
  args: unknown[];
}

const made = new WeakMap<object, Made>();

/** The builder, whose every result (an expression, or a plain object of them) carries `description`. */
export function described<F extends (...args: any[]) => object>(description: string, builder: F): F {
  const wrapped = ((...args: unknown[]) => {
    const result = builder(...args);
    made.set(isExpr(result) ? result[NODE] : result, { builder: wrapped, description, args });
    return result;
  }) as F;
  return wrapped;
}

/** How an expression node (or plain result object) was made, when a described builder made it. */
export const madeBy = (result: ExprNode | object): Made | undefined => made.get(result);
