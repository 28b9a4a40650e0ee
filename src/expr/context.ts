// The runtime state that workflow functions read. The simulator implements
// it; `cosell eval --context` builds one from JSON (see contextFromJson).

import type { JsonObject, Value } from './values';

/** One run of a trigger or action, as `trigger()`, `actions()` and `result()` return it. */
export interface RunRecord {
  name?: string;
  inputs?: Value;
  /** `{ statusCode, headers, body }` for HTTP-like actions; any value for Compose. */
  outputs?: Value;
  status?: string;
  code?: string;
  error?: Value;
  startTime?: string;
  endTime?: string;
  trackingId?: string;
  clientTrackingId?: string;
  trackedProperties?: Value;
  [key: string]: Value | undefined;
}

/** A loop iteration in scope: Foreach (`items()`), Until (`iterationIndexes()`), or Select/Filter array (`item()`). */
export interface LoopFrame {
  /** Action name of the loop, e.g. `Apply_to_each`. */
  name: string;
  /** The current item (Foreach, Select, Filter array). */
  item?: Value;
  /** 0-based index of the current iteration. */
  index: number;
}

export interface EvaluationContext {
  trigger?: RunRecord;
  /** Completed actions by name. */
  actions?: Readonly<Record<string, RunRecord>>;
  /** The action being evaluated, for `action()`. */
  currentAction?: RunRecord;
  variables?: Readonly<Record<string, Value>>;
  parameters?: Readonly<Record<string, Value>>;
  /** Enclosing loops, outermost first; `item()` reads the last one. */
  loops?: readonly LoopFrame[];
  /** `workflow()`: `{ id, name, type, location, run: { id, name, type }, tags }`. */
  workflow?: Value;
  /** `result(scope)`: records of the scope's first-level actions. */
  results?: Readonly<Record<string, readonly RunRecord[]>>;
  /** `listCallbackUrl()`. */
  callbackUrl?: string;
  /** Current time for `utcNow()`, `getFutureTime()`...; an ISO 8601 string keeps 100 ns precision. */
  now?: () => Date | string;
  /** Uniform random number in [0, 1) for `rand()`. */
  random?: () => number;
  /** A new GUID (any format `guid()` accepts as 'D') for `guid()`. */
  newGuid?: () => string;
}

const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A context from JSON, as `cosell eval --context` reads it: the data members
 * of EvaluationContext, plus `now` (a fixed timestamp), `random` (a fixed
 * number in [0, 1)) and `guid` (a fixed GUID) for deterministic results.
 */
export function contextFromJson(json: unknown): EvaluationContext {
  if (json === undefined || json === null) return {};
  if (!isRecord(json)) throw new TypeError('the context must be a JSON object');
  const { now, random, guid, loops, ...rest } = json;
  const context: EvaluationContext = { ...(rest as EvaluationContext) };
  if (typeof now === 'string') context.now = () => now;
  if (typeof random === 'number') context.random = () => random;
  if (typeof guid === 'string') context.newGuid = () => guid;
  if (loops !== undefined) {
    if (!Array.isArray(loops)) throw new TypeError("the context's 'loops' must be an array of { name, item, index }");
    context.loops = loops.map((frame, i) => {
      if (!isRecord(frame) || typeof frame.name !== 'string') throw new TypeError(`loops[${i}] needs a 'name'`);
      return { name: frame.name, item: frame.item ?? null, index: typeof frame.index === 'number' ? frame.index : 0 };
    });
  }
  return context;
}
