// Statement order for one action map: a topological order of runAfter that keeps as many actions as
// possible in plain statement order (each running after the statement before it succeeded).
import { type JsonObject, isObject, jsonEqual } from './json';

export interface Statement {
  readonly name: string;
  readonly json: JsonObject;
  /** The explicit runAfter to write, or undefined when statement order gives the exported one. */
  readonly runAfter: Array<[string, ...string[]]> | undefined;
}

const runAfterOf = (json: JsonObject): Record<string, unknown> => (isObject(json.runAfter) ? json.runAfter : {});

export function orderStatements(actions: Record<string, JsonObject>): Statement[] {
  const names = Object.keys(actions);
  const done = new Set<string>();
  const out: Statement[] = [];
  const ready = (n: string) => !done.has(n) && Object.keys(runAfterOf(actions[n]!)).every((p) => done.has(p) || !(p in actions));
  const chained = (n: string, prev: string | undefined) =>
    jsonEqual(runAfterOf(actions[n]!), prev === undefined ? {} : { [prev]: ['Succeeded'] });

  while (out.length < names.length) {
    const prev = out.at(-1)?.name;
    const candidates = names.filter(ready);
    // Prefer the action that simply follows the previous statement; else the first ready one in map order;
    // a cycle (an invalid export) is broken in map order.
    const next = candidates.find((n) => chained(n, prev)) ?? candidates[0] ?? names.find((n) => !done.has(n))!;
    done.add(next);
    const json = actions[next]!;
    const explicit = chained(next, prev)
      ? undefined
      : Object.entries(runAfterOf(json)).map(
          ([p, s]) => [p, ...(Array.isArray(s) ? s.map(String) : [])] as [string, ...string[]],
        );
    out.push({ name: next, json, runAfter: explicit });
  }
  return out;
}
