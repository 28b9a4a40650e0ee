// One exported flow -> one generated `<name>.flow.ts` module.
import { ACTION_KINDS } from './actions';
import { BlockWriter } from './block';
import { type ChildTarget, FlowContext, type ImportNote } from './context';
import { type JsonObject, type SourceFlow, isObject } from './json';
import { type ModuleParts, writeModule } from './module';
import { triggerCode } from './triggers';
import { str } from './values';

export interface FlowPlan {
  readonly source: SourceFlow;
  /** Generated file name (`helper.flow.ts`). */
  readonly file: string;
  /** Set when another imported flow has the same display name. */
  readonly key?: string;
  /** Other imported flows, by original workflow GUID, that this flow may call typed. */
  readonly children: ReadonlyMap<string, ChildTarget>;
  /** Whether to write it as `childFlow(...)` (another imported flow calls it). */
  readonly asChild: boolean;
  /** Paths to write raw (`triggers/<name>`, action paths). */
  readonly forcedRaw: ReadonlySet<string>;
  /** Original workflow GUID -> rebuilt id, for every imported flow. */
  readonly rebuiltIds: ReadonlyMap<string, string>;
}

export interface GeneratedFlow {
  readonly plan: FlowPlan;
  readonly code: string;
  readonly notes: ImportNote[];
  /** Schema key -> input name, when written as a typed manual trigger (for parents). */
  readonly inputs?: Record<string, string>;
}

const KNOWN_PROPERTIES = ['connectionReferences', 'definition', 'templateName'];
const KNOWN_DEFINITION = ['$schema', 'contentVersion', 'parameters', 'triggers', 'actions'];

/** Flow-level facts the generated code cannot carry, noted for the report and the file header. */
function flowNotes(props: JsonObject, cx: FlowContext): void {
  for (const k of Object.keys(props))
    if (!KNOWN_PROPERTIES.includes(k)) cx.note(`properties.${k}`, 'difference', 'not modelled; dropped');
  const def = props.definition ?? {};
  for (const k of Object.keys(def))
    if (!KNOWN_DEFINITION.includes(k)) cx.note(`definition.${k}`, 'difference', 'not modelled; dropped');
  for (const [name, p] of Object.entries<JsonObject>(def.parameters ?? {})) {
    if (!name.startsWith('$') && !cx.env(name))
      cx.note(
        `parameters/${name}`,
        'difference',
        `parameter of type '${p?.type}' is not an environment variable the DSL models; dropped`,
      );
  }
  for (const [key, ref] of Object.entries<JsonObject>(props.connectionReferences ?? {})) {
    if (ref?.runtimeSource !== 'embedded') {
      cx.note(
        `connectionReferences/${key}`,
        'difference',
        `runtimeSource '${ref?.runtimeSource}': the compiler writes 'embedded'`,
      );
    }
  }
}

export async function generateFlow(plan: FlowPlan, dsl: string): Promise<GeneratedFlow> {
  const props = plan.source.clientdata.properties ?? {};
  const cx = new FlowContext(props, plan.forcedRaw, plan.children, plan.rebuiltIds);
  flowNotes(props, cx);
  const triggers = Object.entries<JsonObject>(props.definition?.triggers ?? {});
  if (triggers.length !== 1)
    throw new Error(`${plan.source.file}: a flow needs exactly one trigger; this one has ${triggers.length}`);
  const [triggerName, triggerJson] = triggers[0]!;
  const trigger = triggerCode(
    triggerName,
    isObject(triggerJson) ? triggerJson : {},
    cx,
    plan.forcedRaw.has(`triggers/${triggerName}`),
  );
  const body = new BlockWriter(cx, ACTION_KINDS).statements(props.definition?.actions, 'f', '');

  const options = [
    ...(plan.key ? [`key: ${str(plan.key)}`] : []),
    ...(plan.source.description ? [`description: ${str(plan.source.description)}`] : []),
  ];
  const optionsCode = options.length ? `, { ${options.join(', ')} }` : '';
  const child = plan.asChild && trigger.manual;
  const exported = child
    ? `childFlow(${str(plan.source.name)}, ${trigger.manual!.spec}, (f) => {\n${body.join('\n')}\n}${optionsCode})`
    : `flow(${str(plan.source.name)}, (f) => {\nf.trigger(${trigger.code});\n${body.join('\n')}\n}${optionsCode})`;

  const parts: ModuleParts = {
    header: header(plan, cx),
    dsl,
    flows: [...cx.childCalls.values()],
    constants: [
      ...[...cx.envs.values()].map((e) => ({
        id: e.id,
        init: `env.${e.type === 'JSON' ? 'json' : e.type.toLowerCase()}(${str(e.schemaName)})`,
      })),
      ...[...cx.connectors.values()]
        .filter((c) => c.id !== 'dataverseApi')
        .map((c) => ({ id: c.id, type: 'ConnectorApi', init: JSON.stringify(c.api) })),
      ...[...cx.tables.values()].map((t) => ({
        id: t.id,
        init: `table<any${t.navs.size ? `, ${[...t.navs].map(str).join(' | ')}` : ''}>({ logicalName: ${str(t.logicalName)}, setName: ${str(t.setName)}, primaryId: ${str(`${t.logicalName}id`)} })`,
        comment: t.known
          ? 'setName and primaryId guessed from the logical name; the trigger reads only logicalName'
          : 'logicalName and primaryId guessed from the entity set name; the actions read only setName',
      })),
    ],
    exported,
  };
  return { plan, code: await writeModule(parts), notes: cx.notes, inputs: child ? trigger.manual!.inputs : undefined };
}

function header(plan: FlowPlan, cx: FlowContext): string[] {
  const s = plan.source;
  const lines = [`Imported by \`cosell import\` from ${s.origin ? `${s.origin}: ` : ''}${s.file}.`];
  if (s.id) {
    lines.push(
      `Original workflow id: ${s.id}. The DSL derives workflow ids from the flow's name (or \`key\`),`,
      'so the rebuilt flow gets a new id: Dataverse sees it as a new flow beside the original.',
    );
  }
  const flowLevel = cx.notes.filter(
    (n) => n.kind === 'difference' && /^(properties\.|definition\.|parameters\/|connectionReferences\/)/.test(n.path),
  );
  if (flowLevel.length) lines.push('Not carried over (the compiler derives or does not model these):');
  for (const n of flowLevel) lines.push(`- ${n.path}: ${n.message}`);
  return lines;
}
