// Math functions with the documented integer/float rules (see numbers.ts).

import { arithmetic, compareNumbers, type ArithOp, type Num } from '../numbers';
import { isNumeric, type Value } from '../values';
import { fail, int, num, outOfRange, typeError, type CallSite, type Fn } from './args';

function operation(op: ArithOp): Fn {
  return (args, site) => {
    const result = arithmetic(op, num(site, args, 0), num(site, args, 1));
    if (result === 'DivideByZero') outOfRange(site, 1, 'to be a non-zero number', 0);
    if (result === 'Overflow') fail(site, `The template language function '${site.name}' produced a result that is out of the range of numbers.`);
    return result;
  };
}

/** The numbers of min()/max(): the arguments, or the one array argument. */
function numbers(site: CallSite, args: Value[]): Num[] {
  const list = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
  if (list.length === 0) outOfRange(site, 0, 'to be a non-empty array of numbers', '[]');
  return list.map((v, i) => {
    if (!isNumeric(v)) typeError(site, args.length === 1 ? 0 : i, 'an integer or a decimal number', v);
    return v;
  });
}

function extreme(sign: number): Fn {
  return (args, site) => numbers(site, args).reduce((best, n) => (compareNumbers(n, best) * sign > 0 ? n : best));
}

export const MATH_FUNCTIONS: Record<string, Fn> = {
  add: operation('add'),
  sub: operation('sub'),
  mul: operation('mul'),
  div: operation('div'),
  mod: operation('mod'),
  min: extreme(-1),
  max: extreme(1),
  range: (args, site) => {
    const start = int(site, args, 0);
    const count = int(site, args, 1);
    if (count < 0 || count > 100_000) outOfRange(site, 1, 'to be a non-negative integer no larger than 100000', count);
    if (start + count > 2_147_483_647) outOfRange(site, 1, 'to make the sum of start index and count no larger than 2147483647', count);
    return Array.from({ length: count }, (_, i) => start + i);
  },
  rand: (args, site, ctx) => {
    const min = int(site, args, 0);
    const max = int(site, args, 1);
    if (min >= max) outOfRange(site, 1, 'to be greater than the minimum value', max);
    const r = (ctx.random ?? Math.random)();
    return min + Math.min(Math.floor(r * (max - min)), max - min - 1);
  },
};
