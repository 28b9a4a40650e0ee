// JSON manipulation: coalesce, addProperty, setProperty, removeProperty.
// Objects are copied, never changed in place. xpath() is in xml.ts.

import { setOwn, type JsonObject } from '../values';
import { fail, obj, str, type Fn } from './args';

function copyWithout(object: JsonObject, key?: string): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(object)) if (k !== key) setOwn(out, k, v);
  return out;
}

export const MANIPULATION_FUNCTIONS: Record<string, Fn> = {
  coalesce: (args) => args.find((v) => v !== null) ?? null,
  addproperty: (args, site) => {
    const object = obj(site, args, 0);
    const name = str(site, args, 1);
    if (Object.hasOwn(object, name)) {
      fail(site, `The template language function 'addProperty' cannot add the property '${name}': the object already has a property with that name.`);
    }
    const out = copyWithout(object);
    setOwn(out, name, args[2]!);
    return out;
  },
  setproperty: (args, site) => {
    const object = obj(site, args, 0);
    const out = copyWithout(object);
    setOwn(out, str(site, args, 1), args[2]!);
    return out;
  },
  removeproperty: (args, site) => copyWithout(obj(site, args, 0), str(site, args, 1)),
};
