// Flow object -> workflow clientdata JSON, in the envelope of real exports, through three validation layers.
import { type Action, type Block, DslError, type Flow, type Json } from '../dsl';
import { checkWorkflow } from './checks';
import { CompileError, type Problem } from './problem';
import type { ProjectModel } from './project';
import { FlowRenderContext, workflowIdOf } from './render-context';

export const WORKFLOW_SCHEMA =
  'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#';

export interface CompiledFlow {
  readonly flow: Flow;
  readonly workflowId: string;
  readonly clientdata: { properties: Record<string, Json>; schemaVersion: string };
}

export interface CompileOptions {
  file?: string;
  /** The project's flows, for child-flow references. Defaults to just this flow. */
  flows?: Flow[];
}

/** Every action with its path (as in the JSON model) and its block. */
function* walkActions(block: Block, prefix = ''): Generator<{ action: Action; path: string }> {
  for (const action of block.actions) {
    const path = prefix + action.name;
    yield { action, path };
    for (const child of action.blocks()) yield* walkActions(child.block, `${path}/${child.label ? `${child.label}/` : ''}`);
  }
}

export function compileFlow(flow: Flow, project: ProjectModel, options: CompileOptions = {}): CompiledFlow {
  const base = { file: options.file ?? flow.source?.replace(/:\d+$/, ''), flow: flow.displayName };
  const fail = (e: unknown, extra: Partial<Problem> = {}): never => {
    if (e instanceof DslError) {
      const path = e.location.action ?? extra.path;
      throw new CompileError([{ ...base, ...extra, path, source: e.location.source ?? extra.source, message: e.message }]);
    }
    throw e;
  };

  // Layer 1: construction (the flow's code runs; duplicate names and misuse throw).
  let built;
  try {
    built = flow.build();
  } catch (e) {
    return fail(e);
  }

  // Layer 2: each node validates itself.
  const problems: Problem[] = [];
  const declared = new Map<string, { source: string | undefined }>();
  for (const message of built.trigger.validate()) problems.push({ ...base, path: `triggers/${built.trigger.name}`, message });
  for (const { action, path } of walkActions(built.root)) {
    declared.set(action.name, action);
    for (const message of action.validate()) problems.push({ ...base, path, source: action.source, message });
  }
  if (problems.length) throw new CompileError(problems);

  // Render.
  const workflowId = workflowIdOf(flow);
  const known = options.flows ?? [flow];
  const ctx = new FlowRenderContext(
    workflowId,
    project,
    built.trigger.kind === 'Button',
    (f) => known.some((k) => k.displayName === f.displayName && k.key === f.key),
  );
  let trigger: Json;
  let actions: Json;
  try {
    trigger = built.trigger.render(ctx);
    actions = ctx.actions(built.root);
  } catch (e) {
    return fail(e);
  }
  const usesConnections = Object.keys(ctx.connectionReferences).length > 0;
  const parameters: Record<string, Json> = {
    ...(usesConnections ? { $connections: { defaultValue: {}, type: 'Object' } } : {}),
    $authentication: { defaultValue: {}, type: 'SecureObject' },
  };
  for (const name of [...ctx.parameters.keys()].sort()) parameters[name] = ctx.parameters.get(name)!;
  const properties: Record<string, Json> = {
    connectionReferences: ctx.connectionReferences,
    definition: {
      $schema: WORKFLOW_SCHEMA,
      contentVersion: '1.0.0.0',
      parameters,
      triggers: { [built.trigger.name]: trigger },
      actions,
    },
    templateName: '',
  };

  // Layer 3: whole-flow checks over the compiled JSON.
  const findings = checkWorkflow(properties);
  if (findings.length) {
    throw new CompileError(
      findings.map((f) => ({ ...base, path: f.path, field: f.field, source: declared.get(f.path.split('/').pop()!)?.source, message: f.message })),
    );
  }
  return { flow, workflowId, clientdata: { properties, schemaVersion: '1.0.0.0' } };
}
