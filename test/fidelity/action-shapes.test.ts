// Every action and trigger kind in the real exports, built with our DSL (see mirrors.ts) and compared by shape:
// action-level keys and their order, and below that key sets and value kinds (host, parameters, runAfter,
// runtimeConfiguration, Response kind/inputs, InitializeVariable variables[], trigger schemas ...).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/compile/compile-flow';
import { modelOf } from '../../src/compile/definition';
import { flow, input, manual } from '../../src/dsl';
import { ACTION_SHAPE, kindKey, pretty, shapeDiff, withoutOperationIds } from './compare';
import { compileMirror, mirrorOf } from './mirrors';
import { type JsonObject, SHARED, loadExamples, title } from './reference';

interface Pair {
  kind: string;
  example: string;
  /** Action path (`Scope/Actual_Work`) or `triggers/<name>`. */
  path: string;
  real: JsonObject;
  ours: JsonObject | undefined;
}

/** Pairs every trigger and action of every example with the node at the same path in its compiled mirror. */
function collectPairs(): { pairs: Pair[]; problems: string[] } {
  const pairs: Pair[] = [];
  const problems: string[] = [];
  for (const example of loadExamples()) {
    let ours: JsonObject;
    try {
      ours = compileMirror(example).properties.definition;
    } catch (e) {
      problems.push(`${example.id}: ${(e as Error).message}`);
      continue;
    }
    const real = modelOf(example.json.properties.definition);
    const mine = modelOf(ours);
    for (const [name, json] of Object.entries(real.triggers)) {
      pairs.push({ kind: `trigger ${kindKey(json)}`, example: example.id, path: `triggers/${name}`, real: json, ours: mine.triggers[name] });
    }
    for (const node of real.actions) {
      const twin = mine.actions.find((a) => a.path === node.path);
      pairs.push({ kind: kindKey(node.json), example: example.id, path: node.path, real: node.json, ours: twin?.json });
    }
    const extra = mine.actions.filter((a) => !real.actions.some((r) => r.path === a.path)).map((a) => a.path);
    if (extra.length) problems.push(`${example.id}: our mirror has actions the export does not: ${extra.join(', ')}`);
  }
  return { pairs, problems };
}

describe.skipIf(!existsSync(SHARED))(title('action and trigger shapes vs real exports'), () => {
  const { pairs, problems } = existsSync(SHARED) ? collectPairs() : { pairs: [], problems: [] };
  const kinds = [...new Set(pairs.map((p) => p.kind))].sort();

  it('finds the examples, and every one has a DSL mirror with the same action paths', () => {
    expect(loadExamples().every((e) => mirrorOf(e) !== undefined)).toBe(true);
    expect(pairs.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    const missing = pairs.filter((p) => !p.ours).map((p) => `${p.example}: ${p.path} (${p.kind})`);
    expect(missing, 'actions/triggers of the export that our mirror lacks').toEqual([]);
  });

  it('covers every action and trigger kind that occurs in the examples', () => {
    // Documents the kinds compared; a new kind in the examples shows up here and needs a mirror.
    expect(kinds).toEqual([
      'Compose',
      'Foreach',
      'If',
      'InitializeVariable',
      'OpenApiConnection:CreateRecord',
      'OpenApiConnection:GetItem',
      'OpenApiConnection:ListRecords',
      'OpenApiConnection:PerformUnboundAction',
      'OpenApiConnection:UpdateRecord',
      'Query',
      'Response/Http',
      'Scope',
      'SetVariable',
      'Terminate',
      'trigger OpenApiConnectionWebhook:SubscribeWebhookTrigger',
      'trigger Request/Button',
      'trigger Request/Http',
    ]);
  });

  for (const kind of kinds) {
    describe(kind, () => {
      for (const p of pairs.filter((x) => x.kind === kind)) {
        it(`${p.example}: ${p.path}`, () => {
          expect(p.ours, `our mirror has no ${p.path}`).toBeDefined();
          expect(shapeDiff(p.real, p.ours, ACTION_SHAPE), `shape of ${p.path} (${kind})`).toEqual([]);
        });
      }
    });
  }

  // The exports' item/ parameters are compared as a set: the designer writes them in the order fields were
  // filled in (lookups between columns), ours lists columns first, then `@odata.bind` lookups.
  it('writes the same item/ parameter keys as the export for every Dataverse write', () => {
    const writes = pairs.filter((p) => /:(CreateRecord|UpdateRecord|UpdateOnlyRecord|PerformUnboundAction)$/.test(p.kind));
    expect(writes.length).toBeGreaterThan(0);
    for (const p of writes) {
      const keys = (j: JsonObject | undefined) => Object.keys(j?.inputs?.parameters ?? {}).sort();
      expect(keys(p.ours), `${p.example}: ${p.path}`).toEqual(keys(p.real));
    }
  });

  // None of the examples' Button triggers has inputs; the research note quotes one that does, verbatim
  // (CoE SYNCHELPER-Apps): compare our manual trigger with inputs against it.
  const note = path.join(SHARED, 'research', 'dataverse-connector.md');
  const quoted = existsSync(note) ? quotedButtonTrigger(readFileSync(note, 'utf8')) : undefined;
  it.skipIf(!quoted)(`renders Button trigger inputs as the quoted export does (title/type/x-ms-dynamically-added/description/x-ms-content-hint)${quoted ? '' : ` (skipped: no quoted Button trigger in ${note})`}`, () => {
    const child = flow('Button inputs', (f) => {
      f.trigger(manual({ envtid: input.text('envtid'), isBYODL: input.boolean('isBYODL') }));
      f.respond('Respond', { status: 200 });
    });
    const project = { environmentVariables: [], connectionReferences: [] };
    const trigger = compileFlow(child, project).clientdata.properties.definition as JsonObject;
    const ours = trigger.triggers.manual;
    expect(shapeDiff(quoted, ours, { ordered: () => true })).toEqual([]);
    expect(pretty(withoutOperationIds(ours))).toBe(pretty(withoutOperationIds(quoted)));
  });
});

/** The `"manual": {...}` Button trigger quoted under "Instant triggers" in the research note, parsed. */
function quotedButtonTrigger(text: string): JsonObject | undefined {
  const at = text.indexOf('Button (child flows');
  if (at < 0) return undefined;
  const m = /```json\n([\s\S]*?)```/.exec(text.slice(at));
  if (!m) return undefined;
  try {
    return (JSON.parse(`{${m[1]}}`) as JsonObject).manual;
  } catch {
    return undefined;
  }
}
