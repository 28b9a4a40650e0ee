// Writes an action map as DSL statements: order, handles, common options, typed translation or raw JSON.
import type { Json } from '../dsl';
import type { FlowContext } from './context';
import { type JsonObject, clone, isObject, normaliseGuid } from './json';
import { displayNameOf } from './names';
import { Options, jsonCode } from './options';
import { orderStatements } from './order';
import { rawUses } from './raw-uses';
import { str } from './values';

const STATUSES = new Set(['Succeeded', 'Failed', 'Skipped', 'TimedOut']);

/** One action being translated: its JSON, its options so far, and access to nested blocks. */
export interface ActionInput {
  readonly name: string;
  /** The display name to write; the DSL turns it back into `name`. */
  readonly display: string;
  /** Path as in the compiled model: `Scope/Compose`, `Check/else/Reject`. */
  readonly path: string;
  readonly json: JsonObject;
  /** `f` at the top level, else `b`. */
  readonly recv: string;
  readonly options: Options;
  /** A member the kind models (see ActionKind.members). */
  take(member: string): any; // a member of untyped workflow JSON
  /** `(b) => { ... }` for a nested action map, labelled as in paths (`''`, `else`, a case key). */
  block(actions: unknown, label: string): string;
  /** The identifier the statement's result is kept in (`const <handle> = ...`), named after `text` if new. */
  handle(text?: string): string;
}

/** A translation: the statement's call expression, or why the action must be written raw. */
export type Translation = string | { raw: string };
export type Translator = (a: ActionInput, cx: FlowContext) => Translation;

/** Per type: the members it models, the translator, and runtimeConfiguration members it turns into options. */
export interface ActionKind {
  /** Members besides runAfter/metadata/type/description/runtimeConfiguration; any other goes to `extra`. */
  members: string[];
  translate: Translator;
  /** Returns the option pair (`concurrency: 20`) for a member, or undefined when it cannot. */
  runtime?: Record<string, (v: unknown) => [string, string] | undefined>;
}

const COMMON = new Set(['runAfter', 'metadata', 'type', 'description', 'runtimeConfiguration']);

export class BlockWriter {
  constructor(
    private readonly cx: FlowContext,
    private readonly kinds: Record<string, ActionKind>,
  ) {}

  /** Statements for an action map (each ends with `;`). */
  statements(actions: unknown, recv: string, prefix: string): string[] {
    const map: Record<string, JsonObject> = isObject(actions) ? actions : {};
    const order = orderStatements(map);
    const targets = new Set(order.flatMap((s) => (s.runAfter ?? []).map(([p]) => p)));
    const out: string[] = [];
    for (const s of order) {
      const path = prefix + s.name;
      let handle = targets.has(s.name) ? this.cx.ids.take(s.name, 'action') : undefined;
      const { code, comment } = this.action(
        s.name,
        s.json,
        path,
        recv,
        s.runAfter,
        (text) => (handle ??= this.cx.ids.take(text ?? s.name, 'action')),
      );
      if (handle) this.cx.handles.set(s.name, handle);
      out.push(`${comment ? `// ${comment}\n` : ''}${handle ? `const ${handle} = ` : ''}${code};`);
    }
    return out;
  }

  /** `(b) => { ... }` for a nested action map. */
  callback(actions: unknown, path: string): string {
    const body = this.statements(actions, 'b', path);
    return body.length ? `(b) => {\n${body.join('\n')}\n}` : '() => {}';
  }

  private runAfterCode(path: string, runAfter: Statement['runAfter']): string | undefined {
    if (!runAfter) return undefined;
    const items: string[] = [];
    for (const [pred, ...statuses] of runAfter) {
      const h = this.cx.handles.get(pred);
      if (!h) {
        this.cx.note(
          path,
          'difference',
          `runs after '${pred}', which is not an earlier action of its block; that runAfter entry is dropped`,
        );
        continue;
      }
      const bad = statuses.filter((x) => !STATUSES.has(x));
      if (bad.length || !statuses.length) {
        this.cx.note(
          path,
          'difference',
          `runAfter '${pred}' lists statuses [${statuses.join(', ')}]; the DSL writes Succeeded/Failed/Skipped/TimedOut (at least one)`,
        );
      }
      const ok = statuses.filter((x) => STATUSES.has(x));
      // `[a]` runs after a succeeded, the DSL's default.
      items.push(`[${[h, ...(ok.join() === 'Succeeded' ? [] : ok.map(str))].join(', ')}]`);
    }
    return `[${items.join(', ')}]`;
  }

  private action(
    name: string,
    json: JsonObject,
    path: string,
    recv: string,
    runAfter: Statement['runAfter'],
    handle: (text?: string) => string,
  ) {
    const display = displayNameOf(name);
    const runAfterCode = this.runAfterCode(path, runAfter);
    const kind = this.kinds[json.type];
    if (this.cx.forcedRaw.has(path)) return this.raw(name, json, path, recv, runAfterCode, 'typed output did not round-trip');
    if (!kind) return this.raw(name, json, path, recv, runAfterCode, `the DSL does not model '${json.type}' actions`);

    const options = new Options();
    options.add('runAfter', runAfterCode);
    if (typeof json.description === 'string') options.add('description', str(json.description));
    else if (json.description !== undefined) options.extra.description = json.description;
    metadataExtra(json.metadata, options);
    this.runtimeOptions(json.runtimeConfiguration, kind, options);
    // Members the kind does not model are written verbatim (the translation sees the options object complete).
    for (const k of Object.keys(json)) if (!COMMON.has(k) && !kind.members.includes(k)) options.extra[k] = json[k];

    const input: ActionInput = {
      name,
      display,
      path,
      json,
      recv,
      options,
      take: (member) => json[member],
      block: (actions, label) => this.callback(actions, `${path}/${label ? `${label}/` : ''}`),
      handle,
    };
    const mark = this.cx.notes.length;
    const t = kind.translate(input, this.cx);
    if (typeof t !== 'string') {
      this.cx.notes.length = mark; // notes of nested actions written before the translation gave up
      return this.raw(name, json, path, recv, runAfterCode, t.raw);
    }
    if (Object.keys(options.extra).length) {
      const members = Object.keys(options.extra).join(', ');
      this.cx.note(path, 'extra', `written with \`extra\` for members the DSL does not model: ${members}`);
    }
    return { code: t, comment: undefined };
  }

  /** runtimeConfiguration as options when every member is modelled, else verbatim in `extra`. */
  private runtimeOptions(rc: unknown, kind: ActionKind, options: Options): void {
    if (rc === undefined) return;
    const pairs: [string, string][] = [];
    const modelled =
      isObject(rc) &&
      Object.entries(rc).every(([k, v]) => {
        const pair = k === 'secureData' ? secureOption(v) : kind.runtime?.[k]?.(v);
        if (pair) pairs.push(pair);
        return pair !== undefined;
      });
    if (!modelled) {
      options.extra.runtimeConfiguration = rc as Json;
      return;
    }
    for (const [k, code] of pairs) options.add(k, code);
  }

  /** Child-flow calls in raw JSON point at the imported child's rebuilt id (the original one would not exist). */
  retargetChildFlows(json: JsonObject, path: string): void {
    const visit = (x: unknown) => {
      if (Array.isArray(x)) x.forEach(visit);
      else if (isObject(x)) {
        const ref =
          isObject(x.host) && typeof x.host.workflowReferenceName === 'string' ? x.host.workflowReferenceName : undefined;
        if (ref !== undefined) {
          const id = this.cx.rebuiltIds.get(normaliseGuid(ref));
          if (id) {
            x.host = { ...x.host, workflowReferenceName: id };
            this.cx.note(
              path,
              'info',
              `child flow ${ref} is called by its rebuilt id ${id} (derived from its name: keep the two in step)`,
            );
          } else this.cx.note(path, 'info', `child flow ${ref} was not imported; its id is kept as it is`);
        }
        Object.values(x).forEach(visit);
      }
    };
    visit(json);
  }

  /** `b.raw(...)`: the action's JSON verbatim, with what it uses declared. */
  raw(name: string, json: JsonObject, path: string, recv: string, runAfterCode: string | undefined, reason: string) {
    const { runAfter: _r, metadata, description, ...rest } = clone(json);
    const options = new Options().add('runAfter', runAfterCode);
    if (typeof description === 'string') options.add('description', str(description));
    else if (description !== undefined) (rest as JsonObject).description = description;
    metadataExtra(metadata, options);
    this.retargetChildFlows(rest, path);
    const uses = rawUses(rest, this.cx);
    options.add('connections', uses.connections).add('environmentVariables', uses.environmentVariables);
    if (typeof rest.type !== 'string') rest.type = String(rest.type ?? '');
    this.cx.note(path, 'raw', `written raw: ${reason}`);
    return { code: `${recv}.raw(${options.args(str(displayNameOf(name)), jsonCode(rest as Json))})`, comment: `raw: ${reason}` };
  }
}

type Statement = ReturnType<typeof orderStatements>[number];

/** The flow derives metadata.operationMetadataId; other metadata (or its absence) is kept through `extra`. */
function metadataExtra(metadata: unknown, options: Options): void {
  if (metadata === undefined) options.extra.metadata = undefined;
  else if (isObject(metadata)) {
    const { operationMetadataId: _id, ...other } = metadata;
    if (Object.keys(other).length) options.extra.metadata = other;
  } else options.extra.metadata = metadata as Json;
}

function secureOption(v: unknown): [string, string] | undefined {
  if (!isObject(v) || Object.keys(v).join() !== 'properties' || !Array.isArray(v.properties)) return undefined;
  const props = v.properties as unknown[];
  const inputs = props.includes('inputs');
  const outputs = props.includes('outputs');
  const expected = [...(inputs ? ['inputs'] : []), ...(outputs ? ['outputs'] : [])];
  if (props.length !== expected.length || props.some((p, i) => p !== expected[i])) return undefined;
  return ['secure', `{ ${[inputs ? 'inputs: true' : '', outputs ? 'outputs: true' : ''].filter(Boolean).join(', ')} }`];
}
