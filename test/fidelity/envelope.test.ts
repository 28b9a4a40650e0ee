// Our compiled clientdata envelope, compared structurally with each real exported flow.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_SCHEMA } from '../../src/compile/compile-flow';
import { isObject, pretty, shapeDiff } from './compare';
import { compileMirror } from './mirrors';
import { type JsonObject, SHARED, loadExamples, title } from './reference';

/**
 * Envelope differences we know of and accept for now. Each must still occur (so the list stays true):
 * when the DSL learns the feature, the test fails and the entry goes.
 */
const KNOWN_GAPS: Array<{ example: string; key: string; reason: string }> = [];

const connectionNames = (definition: JsonObject): string[] => {
  const names: string[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (isObject(x)) {
      if (isObject(x.host) && typeof x.host.connectionName === 'string') names.push(x.host.connectionName);
      Object.values(x).forEach(visit);
    }
  };
  visit(definition);
  return names;
};

describe.skipIf(!existsSync(SHARED))(title('clientdata envelope vs real exports'), () => {
  const examples = loadExamples();

  it('finds the real exported flows', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    describe(example.id, () => {
      const real = example.json;
      const ours = () => compileMirror(example);

      it('has the same top-level keys in the same order, and schemaVersion', () => {
        const o = ours();
        expect(Object.keys(o)).toEqual(Object.keys(real));
        expect(Object.keys(real)).toEqual(['properties', 'schemaVersion']);
        expect(Object.keys(o.properties)).toEqual(Object.keys(real.properties));
        expect(Object.keys(real.properties)).toEqual(['connectionReferences', 'definition', 'templateName']);
        expect(o.schemaVersion).toBe(real.schemaVersion);
      });

      it('has the same definition keys in the same order, $schema and contentVersion', () => {
        const d = ours().properties.definition;
        const rd = real.properties.definition;
        expect(Object.keys(d)).toEqual(Object.keys(rd));
        expect(Object.keys(rd)).toEqual(['$schema', 'contentVersion', 'parameters', 'triggers', 'actions']);
        expect(d.$schema).toBe(rd.$schema);
        expect(rd.$schema).toBe(WORKFLOW_SCHEMA);
        expect(d.contentVersion).toBe(rd.contentVersion);
      });

      it('declares the same parameters in the same order, with the same $connections/$authentication shapes', () => {
        const p = ours().properties.definition.parameters;
        const rp = real.properties.definition.parameters;
        expect(Object.keys(p)).toEqual(Object.keys(rp));
        // $connections appears exactly when the flow uses a connection reference, in both.
        expect('$connections' in rp).toBe(Object.keys(real.properties.connectionReferences).length > 0);
        for (const name of ['$connections', '$authentication']) {
          if (name in rp) expect(pretty(p[name]), name).toBe(pretty(rp[name]));
        }
        // Environment variables: `Display (schema)` with defaultValue/type/metadata{schemaName, description}.
        // The project model is read back from the export (projectOf), so this checks how we render them.
        for (const name of Object.keys(rp).filter((n) => !n.startsWith('$'))) {
          expect(pretty(p[name]), name).toBe(pretty(rp[name]));
        }
      });

      it('has one trigger under the same name', () => {
        const t = ours().properties.definition.triggers;
        expect(Object.keys(t)).toEqual(Object.keys(real.properties.definition.triggers));
      });

      it('has connection reference entries of the same shape (runtimeSource, connection.connectionReferenceLogicalName, api.name)', () => {
        const refs = ours().properties.connectionReferences as JsonObject;
        const realRefs = real.properties.connectionReferences as JsonObject;
        // The key is a local label (`shared_commondataserviceforapps`, `…_1`, `…-2` occur); entries are
        // paired by connector instead. Each flow here has at most one reference per connector.
        expect(Object.keys(refs).length).toBe(Object.keys(realRefs).length);
        const gaps = KNOWN_GAPS.filter((g) => example.file.startsWith(g.example));
        const differences: string[] = [];
        const gapsSeen = new Set<string>();
        for (const [key, realEntry] of Object.entries(realRefs)) {
          const entry = Object.values(refs).find((e: JsonObject) => e.api?.name === realEntry.api.name);
          expect(entry, `no reference for connector ${realEntry.api.name}`).toBeDefined();
          // Keys the export has and we knowingly do not write are set aside, then the rest must match in order.
          const gapKeys = Object.keys(realEntry).filter((k) => !(k in entry) && gaps.some((g) => g.key === k));
          gapKeys.forEach((k) => gapsSeen.add(k));
          const comparable = Object.fromEntries(Object.entries(realEntry).filter(([k]) => !gapKeys.includes(k)));
          for (const d of shapeDiff(comparable, entry, { ordered: () => true })) {
            differences.push(`connectionReferences.${key}: ${d}`);
          }
          expect(entry.runtimeSource).toBe(realEntry.runtimeSource);
          expect(entry.runtimeSource).toBe('embedded');
          expect(entry.connection.connectionReferenceLogicalName).toBe(realEntry.connection.connectionReferenceLogicalName);
          expect(entry.api).toEqual(realEntry.api);
        }
        expect(differences, 'connection reference entries differ').toEqual([]);
        for (const gap of gaps) {
          expect(gapsSeen.has(gap.key), `known gap '${gap.key}' no longer occurs; drop it from KNOWN_GAPS (${gap.reason})`).toBe(true);
        }
      });

      it('points every host.connectionName at a declared connection reference, as the export does', () => {
        const o = ours().properties;
        for (const props of [o, real.properties]) {
          const declared = Object.keys(props.connectionReferences);
          for (const name of connectionNames(props.definition)) expect(declared).toContain(name);
        }
        expect(connectionNames(o.definition).length).toBe(connectionNames(real.properties.definition).length);
      });

      it('writes templateName as "" (exports carry "" or null)', () => {
        expect(ours().properties.templateName).toBe('');
        expect(['', null]).toContain(real.properties.templateName);
      });
    });
  }
});
