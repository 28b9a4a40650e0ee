// A read-only model of a workflow definition's JSON: every action with its path, scope and container.
// Checks, lint and the simulator read flows through this, so they work on exported flows too.

export type JsonObject = Record<string, any>; // workflow JSON is untyped by nature

export interface ActionNode {
  readonly name: string;
  /** Container path, e.g. `Try/Get_referral`, `Route/Case_created/Run_helper`, `Check/else/Reject`. */
  readonly path: string;
  readonly json: JsonObject;
  /** The enclosing container action, if any. */
  readonly parent: ActionNode | undefined;
  /** The action map this action belongs to. */
  readonly scope: ScopeNode;
}

export interface ScopeNode {
  /** `''` for the top level; else the container path plus branch label. */
  readonly id: string;
  readonly container: ActionNode | undefined;
  readonly actions: Record<string, JsonObject>;
}

export interface DefinitionModel {
  readonly definition: JsonObject;
  readonly triggers: Record<string, JsonObject>;
  readonly actions: ActionNode[];
  readonly scopes: ScopeNode[];
  readonly byName: Map<string, ActionNode[]>;
}

/** The nested action maps of a container action, labelled as in action paths. */
export function childScopes(action: JsonObject): Array<{ label: string; actions: Record<string, JsonObject> }> {
  const out: Array<{ label: string; actions: Record<string, JsonObject> }> = [];
  if (isObject(action.actions)) out.push({ label: '', actions: action.actions });
  if (isObject(action.else?.actions)) out.push({ label: 'else', actions: action.else.actions });
  if (isObject(action.cases)) {
    for (const [key, c] of Object.entries(action.cases as Record<string, JsonObject>)) {
      if (isObject(c?.actions)) out.push({ label: key, actions: c.actions });
    }
  }
  if (isObject(action.default?.actions)) out.push({ label: 'default', actions: action.default.actions });
  return out;
}

/** Members of an action that hold nested actions rather than the action's own values. */
export const NESTED_MEMBERS = new Set(['actions', 'else', 'cases', 'default']);

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function modelOf(definition: JsonObject): DefinitionModel {
  const actions: ActionNode[] = [];
  const scopes: ScopeNode[] = [];
  const byName = new Map<string, ActionNode[]>();
  const visit = (map: Record<string, JsonObject>, id: string, prefix: string, container: ActionNode | undefined) => {
    const scope: ScopeNode = { id, container, actions: map };
    scopes.push(scope);
    for (const [name, json] of Object.entries(map)) {
      const node: ActionNode = { name, path: prefix + name, json: isObject(json) ? json : {}, parent: container, scope };
      actions.push(node);
      byName.set(name, [...(byName.get(name) ?? []), node]);
      for (const child of childScopes(node.json)) {
        const childPrefix = `${node.path}/${child.label ? `${child.label}/` : ''}`;
        visit(child.actions, childPrefix.slice(0, -1), childPrefix, node);
      }
    }
  };
  visit(isObject(definition.actions) ? definition.actions : {}, '', '', undefined);
  return { definition, triggers: isObject(definition.triggers) ? definition.triggers : {}, actions, scopes, byName };
}

/** Ancestors of an action, innermost first. */
export function ancestors(node: ActionNode): ActionNode[] {
  const out: ActionNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Each action of a model with everything nested in it, in the model's order: computed once per model. */
const nested = new WeakMap<DefinitionModel, Map<ActionNode, ActionNode[]>>();

/** An action and everything nested in it, in the model's order. */
export function descendantsAndSelf(node: ActionNode, model: DefinitionModel): ActionNode[] {
  let index = nested.get(model);
  if (!index) {
    index = new Map();
    for (const a of model.actions) for (let p: ActionNode | undefined = a; p; p = p.parent) (index.get(p) ?? index.set(p, []).get(p)!).push(a);
    nested.set(model, index);
  }
  return [...(index.get(node) ?? model.actions.filter((a) => a === node || ancestors(a).includes(node)))];
}
