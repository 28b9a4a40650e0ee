// The project's flows compiled as `cosell build` compiles them, with helpers to look inside the workflow JSON.
import { join } from 'node:path';
import { compileAll, loadFlows } from '../../src/compile/build';
import { type ActionNode, type JsonObject, modelOf } from '../../src/compile/definition';
import { formatProblem } from '../../src/compile/problem';
import { loadSolutionConfig } from '../../src/solution/config';

const root = join(__dirname, '..', '..');

export interface ProjectFlow {
  file: string;
  name: string;
  workflowId: string;
  definition: JsonObject;
  trigger: JsonObject;
  actions: ActionNode[];
  /** Actions of a type (`Http`, `OpenApiConnection`, `Workflow`...). */
  ofType(type: string): ActionNode[];
  /** The action with this name (action key). */
  action(name: string): ActionNode;
}

export async function projectFlows(): Promise<{ flows: Map<string, ProjectFlow>; problems: string[] }> {
  const config = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const loaded = await loadFlows(join(root, 'flows-src'), root);
  const { compiled, problems } = compileAll(loaded.flows, config);
  const flows = new Map<string, ProjectFlow>();
  for (const c of compiled) {
    const file = loaded.flows.find((f) => f.flow === c.flow)!.file;
    const definition = c.clientdata.properties.definition as JsonObject;
    const model = modelOf(definition);
    flows.set(file.replace(/^flows-src\//, ''), {
      file,
      name: c.flow.displayName,
      workflowId: c.workflowId,
      definition,
      trigger: Object.values(definition.triggers)[0] as JsonObject,
      actions: model.actions,
      ofType: (type) => model.actions.filter((a) => a.json.type === type),
      action: (name) => {
        const found = model.byName.get(name)?.[0];
        if (!found) throw new Error(`${c.flow.displayName} has no action ${name}`);
        return found;
      },
    });
  }
  return { flows, problems: [...loaded.problems, ...problems].map(formatProblem) };
}

/** Every string in a JSON value, joined: for "does this action mention X anywhere" checks. */
export const textOf = (json: unknown): string => JSON.stringify(json);
