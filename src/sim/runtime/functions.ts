// Calls the expression engine's function library directly, on values already evaluated.
import type { Call } from '../../expr/ast';
import type { CallSite } from '../../expr/functions/args';
import { FUNCTIONS } from '../../expr/functions/index';
import type { EvaluationContext, Value } from '../../expr';

const sites = new Map<string, CallSite>();

function siteOf(name: string): CallSite {
  let site = sites.get(name);
  if (!site) {
    const node: Call = { type: 'call', name, args: [], start: 0, end: 0 };
    site = { name, maxArgs: 2, node };
    sites.set(name, site);
  }
  return site;
}

export const hasFunction = (name: string): boolean => name.toLowerCase() in FUNCTIONS;

/** `name(...args)` as an expression would call it, e.g. applyFunction('add', [1, 2]). */
export function applyFunction(name: string, args: Value[], ctx: EvaluationContext = {}): Value {
  const fn = FUNCTIONS[name.toLowerCase()];
  if (!fn) throw new Error(`no function '${name}'`);
  return fn(args, siteOf(name), ctx);
}
