// A flow as a Mermaid flowchart: the trigger, actions as nodes, runAfter edges, containers as subgraphs,
// conditions and switches as a decision node with one edge per branch.
import { type JsonObject, childScopes, isObject } from '../compile/definition';
import { runOrder } from '../diff/action-info';
import { NodeIds, label, truncate } from './mermaid-text';

const CONTAINERS = new Set(['Scope', 'Foreach', 'Until', 'If', 'Switch']);

/** Display name of an action key (the designer's underscores back to spaces). */
export const displayName = (key: string) => key.replace(/_/g, ' ');

/** `Type`, with the connector operation when there is one. */
export function typeLabel(json: JsonObject): string {
  const type = typeof json.type === 'string' ? json.type : '?';
  const op = json.inputs?.host?.operationId;
  return typeof op === 'string' ? `${type} · ${op}` : type;
}

const statusLabel = (statuses: unknown) =>
  Array.isArray(statuses) && !(statuses.length === 1 && statuses[0] === 'Succeeded') ? statuses.join(', ') : '';

/** The decision node's text: the switch expression, or `condition`. */
function decisionLabel(json: JsonObject): string {
  return json.type === 'Switch' && typeof json.expression === 'string' ? truncate(json.expression, 48) : 'condition';
}

/** Branch edge labels: yes / else, a Switch case's value, default. */
function branchLabel(container: JsonObject, branch: string): string {
  if (container.type === 'If') return branch === 'else' ? 'else' : 'yes';
  if (branch === 'default') return 'default';
  const value = container.cases?.[branch]?.case;
  return value === undefined ? branch : typeof value === 'string' ? value : JSON.stringify(value);
}

export function mermaidOf(definition: JsonObject): string {
  const ids = new NodeIds();
  const nodes: string[] = [];
  const edges: string[] = [];
  const edge = (from: string, to: string, text: string) => edges.push(text ? `  ${from} -->|${label(text)}| ${to}` : `  ${from} --> ${to}`);

  const triggers = isObject(definition.triggers) ? definition.triggers : {};
  const triggerIds = Object.entries(triggers).map(([name, t]) => {
    const id = ids.id('t', name);
    const kind = isObject(t) && typeof t.kind === 'string' ? ` (${t.kind})` : '';
    nodes.push(`  ${id}([${label(name, `${typeLabel(isObject(t) ? t : {})}${kind}`)}])`);
    return id;
  });

  /** Declares the actions of one map (nested subgraphs inside); `entry` links those that run first. */
  const visit = (actions: Record<string, JsonObject>, indent: string, entry: ((to: string) => void) | undefined) => {
    for (const name of runOrder(actions)) {
      const json = isObject(actions[name]) ? actions[name] : {};
      const id = ids.id('a', name);
      const scopes = childScopes(json);
      const decision = json.type === 'If' || json.type === 'Switch';
      const runAfter = isObject(json.runAfter) ? json.runAfter : {};
      const preds = Object.keys(runAfter).filter((p) => p in actions);
      if (!preds.length) entry?.(id);
      for (const p of preds) edge(ids.id('a', p), id, statusLabel(runAfter[p]));
      if (CONTAINERS.has(String(json.type)) && (decision || scopes.some((s) => Object.keys(s.actions).length))) {
        nodes.push(`${indent}subgraph ${id} [${label(displayName(name), typeLabel(json))}]`);
        const d = decision ? ids.id('d', name) : undefined;
        if (d) nodes.push(`${indent}  ${d}{${label(decisionLabel(json))}}`);
        for (const s of scopes) visit(s.actions, `${indent}  `, d ? (to) => edge(d, to, branchLabel(json, s.label)) : undefined);
        nodes.push(`${indent}end`);
      } else nodes.push(`${indent}${id}[${label(displayName(name), typeLabel(json))}]`);
    }
  };
  visit(isObject(definition.actions) ? definition.actions : {}, '  ', triggerIds[0] ? (to) => edge(triggerIds[0]!, to, '') : undefined);
  return ['flowchart TD', ...nodes, ...edges].join('\n') + '\n';
}
