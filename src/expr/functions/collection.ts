// Collection functions over strings, arrays and objects.

import { compareValues, valuesEqual } from '../compare';
import { lookup } from '../select';
import { isObject, setOwn, toText, typeName, type JsonObject, type Value } from '../values';
import { arr, fail, int, outOfRange, str, typeError, type CallSite, type Fn } from './args';

function stringOrArray(site: CallSite, args: Value[], i: number): string | Value[] {
  const v = args[i];
  if (typeof v !== 'string' && !Array.isArray(v)) typeError(site, i, 'an array or a string', v);
  return v;
}

/** All arrays or all objects, as union() and intersection() require. */
function collections(site: CallSite, args: Value[]): Value[][] | JsonObject[] {
  if (args.every(Array.isArray)) return args as Value[][];
  if (args.every(isObject)) return args as JsonObject[];
  const wantArray = Array.isArray(args[0]);
  const i = isObject(args[0]) || wantArray ? args.findIndex((a) => (wantArray ? !Array.isArray(a) : !isObject(a))) : 0;
  return typeError(site, i, i === 0 ? 'an array or an object' : wantArray ? 'an array' : 'an object', args[i]);
}

function distinct(items: Value[]): Value[] {
  const out: Value[] = [];
  for (const item of items) if (!out.some((o) => valuesEqual(o, item))) out.push(item);
  return out;
}

function sortKey(site: CallSite, item: Value, key: string | undefined): Value {
  if (key === undefined) return item;
  if (!isObject(item)) fail(site, `The template language function 'sort' cannot sort by '${key}': an item is of type '${typeName(item)}', not an object.`);
  return lookup(item, key) ?? null;
}

export const COLLECTION_FUNCTIONS: Record<string, Fn> = {
  contains: (args, site) => {
    const [collection, value] = args as [Value, Value];
    if (typeof collection === 'string') return collection.includes(toText(value));
    if (Array.isArray(collection)) return collection.some((item) => valuesEqual(item, value));
    if (isObject(collection)) return typeof value === 'string' && Object.hasOwn(collection, value);
    return typeError(site, 0, 'a dictionary (object), an array or a string', collection);
  },
  empty: (args, site) => {
    const v = args[0]!;
    if (v === null) return true;
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (isObject(v)) return Object.keys(v).length === 0;
    return typeError(site, 0, 'an object, an array or a string', v);
  },
  first: (args, site) => {
    const c = stringOrArray(site, args, 0);
    return c.length === 0 ? null : (c[0] ?? null);
  },
  last: (args, site) => {
    const c = stringOrArray(site, args, 0);
    return c.length === 0 ? null : (c[c.length - 1] ?? null);
  },
  length: (args, site) => stringOrArray(site, args, 0).length,
  join: (args, site) => arr(site, args, 0).map(toText).join(str(site, args, 1)),
  skip: (args, site) => {
    const c = stringOrArray(site, args, 0);
    return c.slice(Math.max(0, int(site, args, 1)));
  },
  take: (args, site) => {
    const c = stringOrArray(site, args, 0);
    return c.slice(0, Math.max(0, int(site, args, 1)));
  },
  union: (args, site) => {
    const all = collections(site, args);
    if (Array.isArray(all[0])) return distinct((all as Value[][]).flat());
    const out: JsonObject = {};
    for (const o of all as JsonObject[]) for (const [k, v] of Object.entries(o)) setOwn(out, k, v);
    return out;
  },
  intersection: (args, site) => {
    const all = collections(site, args);
    if (Array.isArray(all[0])) {
      const [head, ...rest] = all as Value[][];
      return distinct(head!.filter((item) => rest.every((c) => c.some((o) => valuesEqual(o, item)))));
    }
    const objects = all as JsonObject[];
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(objects[0]!)) {
      if (objects.every((o) => Object.hasOwn(o, k) && valuesEqual(o[k], v))) setOwn(out, k, objects[objects.length - 1]![k]!);
    }
    return out;
  },
  chunk: (args, site) => {
    const c = stringOrArray(site, args, 0);
    const size = int(site, args, 1);
    if (size <= 0) outOfRange(site, 1, 'to be a positive integer', size);
    const out: Value[] = [];
    for (let i = 0; i < c.length; i += size) out.push(c.slice(i, i + size));
    return out;
  },
  reverse: (args, site) => [...arr(site, args, 0)].reverse(),
  sort: (args, site) => {
    const items = arr(site, args, 0);
    const key = args.length > 1 && args[1] !== null ? str(site, args, 1) : undefined;
    const keyed = items.map((item) => ({ item, key: sortKey(site, item, key) }));
    return keyed
      .sort((a, b) => {
        const order = compareValues(a.key, b.key);
        if (order === undefined) {
          fail(site, `The template language function 'sort' cannot compare values of type '${typeName(a.key)}' and '${typeName(b.key)}'.`);
        }
        return order;
      })
      .map((k) => k.item);
  },
};
