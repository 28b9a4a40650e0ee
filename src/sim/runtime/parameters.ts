// Workflow parameters: each gets its `defaultValue`; environment variable parameters
// (those with `metadata.schemaName`) are overridden by settings keyed by schema name,
// any parameter by settings keyed by its own name. Settings given as text (as deployment
// settings files hold them) are converted to the parameter's type.
import { isObject } from '../../compile/definition';
import { parseJson, type Value } from '../../expr';

export type Settings = Readonly<Record<string, unknown>>;

function convert(value: unknown, type: string): Value {
  if (typeof value !== 'string') return value as Value;
  switch (type.toLowerCase()) {
    case 'bool':
    case 'boolean': {
      const v = value.trim().toLowerCase();
      if (v === 'true' || v === 'yes') return true;
      if (v === 'false' || v === 'no') return false;
      throw new Error(`'${value}' is not a boolean`);
    }
    case 'int':
    case 'float': {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || (type.toLowerCase() === 'int' && !Number.isInteger(n))) {
        throw new Error(`'${value}' is not ${type === 'Int' ? 'an integer' : 'a number'}`);
      }
      return n;
    }
    case 'object':
    case 'array':
    case 'secureobject':
      return parseJson(value);
    default:
      return value;
  }
}

/** Parameter values by name; a parameter with neither default nor setting is left out. Throws `parameter: reason`. */
export function resolveParameters(definition: Record<string, any>, settings: Settings = {}): Record<string, Value> {
  const out: Record<string, Value> = {};
  const declared = isObject(definition.parameters) ? definition.parameters : {};
  for (const [name, p] of Object.entries(declared)) {
    if (!isObject(p)) continue;
    const schemaName = p.metadata?.schemaName;
    const raw =
      typeof schemaName === 'string' && Object.hasOwn(settings, schemaName)
        ? settings[schemaName]
        : Object.hasOwn(settings, name)
          ? settings[name]
          : p.defaultValue;
    if (raw === undefined) continue;
    try {
      out[name] = convert(raw, String(p.type ?? 'String'));
    } catch (e) {
      throw new Error(`parameter '${name}': ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}
