// What every function implementation receives, and argument checks that fail
// with Power Automate's messages, e.g. "The template language function
// 'split' expects its first parameter to be of type string. The provided
// value is of type 'Null'. Please see https://aka.ms/logicexpressions#split
// for usage details."

import type { Call } from '../ast';
import type { EvaluationContext } from '../context';
import { EvaluationError, type EvaluationErrorReason } from '../errors';
import { isInteger, isNumeric, isObject, toText, typeName, type JsonObject, type Value } from '../values';
import type { Num } from '../numbers';

export interface CallSite {
  /** Documented spelling, e.g. `formatDateTime`. */
  readonly name: string;
  readonly maxArgs: number;
  readonly node: Call;
}

export type Fn = (args: Value[], site: CallSite, ctx: EvaluationContext) => Value;
/** Functions that evaluate their arguments on demand (if, and, or). */
export type LazyFn = (args: readonly (() => Value)[], site: CallSite, ctx: EvaluationContext) => Value;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function fail(site: CallSite, message: string, reason: EvaluationErrorReason = 'InvalidArgument'): never {
  throw new EvaluationError(message, site.node.start, reason);
}

function usage(site: CallSite): string {
  return ` Please see https://aka.ms/logicexpressions#${site.name.toLowerCase()} for usage details.`;
}

function parameter(site: CallSite, index: number): string {
  return site.maxArgs === 1 ? 'its parameter' : `its ${ORDINALS[index] ?? `${index + 1}th`} parameter`;
}

/** "... expects its first parameter to be <expected>. The provided value is of type 'Null'." */
export function typeError(site: CallSite, index: number, expected: string, value: Value | undefined): never {
  fail(
    site,
    `The template language function '${site.name}' expects ${parameter(site, index)} to be ${expected}. ` +
      `The provided value is of type '${typeName(value)}'.${usage(site)}`,
  );
}

/** "... was invoked with a parameter that is not valid. <detail>" */
export function invalid(site: CallSite, detail: string): never {
  fail(site, `The template language function '${site.name}' was invoked with a parameter that is not valid. ${detail}`);
}

/** "... expects its second parameter <requirement>. The provided value is '<value>'." */
export function outOfRange(site: CallSite, index: number, requirement: string, value: Value | undefined): never {
  fail(
    site,
    `The template language function '${site.name}' expects ${parameter(site, index)} ${requirement}. ` +
      `The provided value is '${toText(value)}'.${usage(site)}`,
  );
}

export function str(site: CallSite, args: Value[], i: number): string {
  const v = args[i];
  if (typeof v !== 'string') typeError(site, i, 'of type string', v);
  return v;
}

export function optStr(site: CallSite, args: Value[], i: number): string | undefined {
  return args.length > i && args[i] !== null ? str(site, args, i) : undefined;
}

/** An integer argument as a JS number (int64 beyond 2^53 is out of range for every use here). */
export function int(site: CallSite, args: Value[], i: number): number {
  const v = args[i];
  if (!isInteger(v)) typeError(site, i, 'an integer', v);
  if (typeof v === 'bigint') outOfRange(site, i, 'to be within the supported range', v);
  return v;
}

export function num(site: CallSite, args: Value[], i: number): Num {
  const v = args[i];
  if (!isNumeric(v)) typeError(site, i, 'an integer or a decimal number', v);
  return v;
}

export function bool(site: CallSite, args: Value[], i: number): boolean {
  const v = args[i];
  if (typeof v !== 'boolean') typeError(site, i, 'of type boolean', v);
  return v;
}

export function arr(site: CallSite, args: Value[], i: number): Value[] {
  const v = args[i];
  if (!Array.isArray(v)) typeError(site, i, 'an array', v);
  return v;
}

export function obj(site: CallSite, args: Value[], i: number): JsonObject {
  const v = args[i];
  if (!isObject(v)) typeError(site, i, 'an object', v);
  return v;
}
