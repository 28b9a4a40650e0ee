// Two real exported flows re-expressed in the DSL (mirrors.ts), compiled, and compared with the export as a
// whole. Only what legitimately differs is normalised, each normalisation named, explained, and required to
// actually apply, so the list below is the complete list of differences.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../src/compile/definition';
import { isObject, pretty, withSortedActionMaps, withoutOperationIds } from './compare';
import { compileMirror } from './mirrors';
import { type Example, type JsonObject, SHARED, exampleByPrefix, loadExamples, title } from './reference';

type Props = JsonObject; // `properties` of the clientdata envelope

interface Normalisation {
  readonly name: string;
  /** Rewrites `real` and/or `ours` in place; returns true when it changed anything. */
  apply(real: Props, ours: Props): boolean;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every object in a JSON tree, depth first. */
function* objects(x: unknown): Generator<JsonObject> {
  if (Array.isArray(x)) for (const v of x) yield* objects(v);
  else if (isObject(x)) {
    yield x;
    for (const v of Object.values(x)) yield* objects(v);
  }
}

const NORMALISATIONS: Record<string, Normalisation> = {
  // Random GUIDs chosen by the designer; ours are derived from the workflow id and action name.
  operationIds: {
    name: 'operationMetadataId values',
    apply(real, ours) {
      const changed = !same(withoutOperationIds(real), real) || !same(withoutOperationIds(ours), ours);
      Object.assign(real, withoutOperationIds(real));
      Object.assign(ours, withoutOperationIds(ours));
      return changed;
    },
  },
  // An actions map is unordered (runAfter orders execution); the designer writes entries in editing order,
  // we write them in statement order.
  actionOrder: {
    name: 'order of entries in actions maps',
    apply(real, ours) {
      const changed = !same(withSortedActionMaps(real), real) || !same(withSortedActionMaps(ours), ours);
      Object.assign(real, withSortedActionMaps(real));
      Object.assign(ours, withSortedActionMaps(ours));
      return changed;
    },
  },
  // Exports carry "" or null; we always write "".
  templateName: {
    name: 'templateName null written as ""',
    apply(real) {
      if (real.templateName !== null) return false;
      real.templateName = '';
      return true;
    },
  },
  // The connectionReferences key is a local label (`…_1`, `…-2` occur); binding goes through
  // connectionReferenceLogicalName. We key a connector's reference by its api.name.
  connectionKey: {
    name: 'connection reference key',
    apply(real, ours) {
      let changed = false;
      for (const [key, entry] of Object.entries<JsonObject>(real.connectionReferences)) {
        const ourKey = Object.keys(ours.connectionReferences).find((k) => ours.connectionReferences[k].api?.name === entry.api?.name);
        if (!ourKey || ourKey === key) continue;
        real.connectionReferences = Object.fromEntries(
          Object.entries(real.connectionReferences).map(([k, v]) => [k === key ? ourKey : k, v]),
        );
        for (const o of objects(real.definition)) if (isObject(o.host) && o.host.connectionName === key) o.host.connectionName = ourKey;
        changed = true;
      }
      return changed;
    },
  },
  // `$select` is free text in the designer ("a, b,c"); the DSL joins typed column names with ",".
  // Dataverse reads both the same (the spaces are not part of any column name).
  selectSpacing: {
    name: '$select spacing after commas',
    apply(real) {
      let changed = false;
      for (const o of objects(real.definition)) {
        const sel = o.parameters?.$select;
        if (typeof sel === 'string' && /,\s/.test(sel)) {
          o.parameters.$select = sel.replace(/,\s+/g, ',');
          changed = true;
        }
      }
      return changed;
    },
  },
  // Typed property access in the DSL always renders the null-safe `?['x']`; the export's SetVariable uses
  // `['x']`. They differ only when the target is null (the export's action fails, ours yields null). Emitting
  // `['x']` would need $.raw and give up the typed row; only these values are rewritten.
  nullSafeSettings: {
    name: "null-safe ?[…] member access in If_found_settings/Get_Setting_Values",
    apply(real) {
      const node = modelOf(real.definition).actions.find((a) => a.path === 'If_found_settings/Get_Setting_Values');
      const value = node?.json.inputs?.value;
      if (!isObject(value)) return false;
      let changed = false;
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') continue;
        const safe = v.replace(/([)\]])\['/g, "$1?['");
        if (safe !== v) {
          value[k] = safe;
          changed = true;
        }
      }
      return changed;
    },
  },
};

interface Case {
  prefix: string;
  /** Exactly the normalisations this export needs, in application order. */
  normalisations: Array<keyof typeof NORMALISATIONS>;
}

const CASES: Case[] = [
  // HTTP trigger, try Scope, Response OK / Error (runAfter Failed, TimedOut, Skipped), Terminate.
  { prefix: 'PatternAlwaysreplytoHTTPrequest-', normalisations: ['operationIds'] },
  // Button trigger, ListRecords with Raw authentication, If/else with SetVariable of an object and
  // CreateRecord, Response with headers and schema.
  {
    prefix: 'BACoreChildGetDefaultSettings-',
    normalisations: ['operationIds', 'actionOrder', 'templateName', 'connectionKey', 'selectSpacing', 'nullSafeSettings'],
  },
];

function normalise(example: Example, names: Array<keyof typeof NORMALISATIONS>) {
  const real = clone(example.json.properties) as Props;
  const ours = clone(compileMirror(example).properties) as Props;
  const applied = names.filter((n) => NORMALISATIONS[n]!.apply(real, ours));
  return { real, ours, applied };
}

describe.skipIf(!existsSync(SHARED))(title('real flows rebuilt with the DSL'), () => {
  const examples = loadExamples();

  for (const c of CASES) {
    describe(c.prefix.replace(/-$/, ''), () => {
      const example = () => {
        const e = exampleByPrefix(examples, c.prefix);
        if (!e) throw new Error(`no example file starting with ${c.prefix}`);
        return e;
      };

      it('compiles to the export, after the listed normalisations', () => {
        const { real, ours } = normalise(example(), c.normalisations);
        expect(pretty(ours)).toBe(pretty(real));
      });

      it('needs every listed normalisation (each one reflects an actual difference)', () => {
        expect(normalise(example(), c.normalisations).applied).toEqual(c.normalisations);
      });

      it('keeps the same schemaVersion', () => {
        expect(compileMirror(example()).schemaVersion).toBe(example().json.schemaVersion);
      });
    });
  }
});
