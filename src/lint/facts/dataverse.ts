// Dataverse facts: the row trigger, the rows a flow writes, and table names (singular in triggers, plural in actions).
import type { ActionNode, JsonObject } from '../../compile/definition';
import { isObject } from '../../compile/definition';
import { type LintFlow, triggerOf } from '../flow';
import { apiNameOf, isDataverseApi, operationOf } from './connectors';

/** callbackregistration.message values that fire on an update (3 Modified, 4, 6, 7), and on a create (1, 4, 5, 7). */
export const UPDATE_MESSAGES = new Set([3, 4, 6, 7]);
export const CREATE_MESSAGES = new Set([1, 4, 5, 7]);

export interface DataverseTrigger {
  readonly name: string;
  readonly json: JsonObject;
  /** Singular logical name, lower case. */
  readonly entity: string;
  readonly message: number;
  /** Lower-case column names; undefined when every column fires the trigger. */
  readonly filteringAttributes?: string[];
  readonly filterExpression?: string;
  /** Trigger condition expressions. */
  readonly conditions: string[];
}

export function triggerConditions(json: JsonObject): string[] {
  const list = Array.isArray(json.conditions) ? json.conditions : [];
  return list.map((c: JsonObject) => c?.expression).filter((e: unknown): e is string => typeof e === 'string' && e.trim() !== '');
}

/** The flow's "When a row is added, modified or deleted" trigger, if it has one. */
export function dataverseTrigger(flow: LintFlow): DataverseTrigger | undefined {
  const t = triggerOf(flow);
  if (!t || operationOf(t.json) !== 'SubscribeWebhookTrigger' || !isDataverseApi(apiNameOf(t.json, flow.properties))) return undefined;
  const p = isObject(t.json.inputs?.parameters) ? t.json.inputs.parameters : {};
  const entity = p['subscriptionRequest/entityname'];
  if (typeof entity !== 'string') return undefined;
  const attrs = typeof p['subscriptionRequest/filteringattributes'] === 'string' ? columnList(p['subscriptionRequest/filteringattributes']) : [];
  const filter = p['subscriptionRequest/filterexpression'];
  return {
    name: t.name,
    json: t.json,
    entity: entity.toLowerCase(),
    message: Number(p['subscriptionRequest/message']),
    ...(attrs.length ? { filteringAttributes: attrs } : {}),
    ...(typeof filter === 'string' && filter.trim() ? { filterExpression: filter } : {}),
    conditions: triggerConditions(t.json),
  };
}

const columnList = (s: string) => s.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);

/** Dataverse write operations: Upsert (`UpdateRecord`) both creates and updates. */
const WRITE_OPERATIONS: Record<string, { create: boolean; update: boolean }> = {
  CreateRecord: { create: true, update: false },
  UpdateRecord: { create: true, update: true },
  UpdateOnlyRecord: { create: false, update: true },
};

export interface DataverseWrite {
  readonly node: ActionNode;
  /** Entity set (plural) name, lower case. */
  readonly entitySet: string;
  /** Written columns, lower case; lookups by navigation property, with and without a `_account`-style suffix. */
  readonly columns: string[];
  readonly create: boolean;
  readonly update: boolean;
  readonly recordId?: unknown;
}

/** Every Create/Update/Upsert row action of a flow in the current environment (not the `…WithOrganization` kind). */
export function dataverseWrites(flow: LintFlow): DataverseWrite[] {
  const out: DataverseWrite[] = [];
  for (const node of flow.model.actions) {
    const kind = WRITE_OPERATIONS[operationOf(node.json) ?? ''];
    if (!kind || !isDataverseApi(apiNameOf(node.json, flow.properties))) continue;
    const p = isObject(node.json.inputs?.parameters) ? node.json.inputs.parameters : {};
    if (typeof p.entityName !== 'string' || p.entityName.includes('@')) continue;
    const columns = new Set<string>();
    for (const key of Object.keys(p)) {
      if (!key.startsWith('item/')) continue;
      const col = key.slice(5).replace(/@odata\.bind$/i, '').toLowerCase();
      columns.add(col);
      columns.add(col.replace(/_(account|contact|systemuser|team)$/, ''));
    }
    out.push({ node, entitySet: p.entityName.toLowerCase(), columns: [...columns], ...kind, recordId: p.recordId });
  }
  return out;
}

/** Dataverse's default entity set name of a logical name: `opportunity` -> `opportunities`, `x_status` -> `x_statuses`. */
export function entitySetName(logicalName: string): string {
  const n = logicalName.toLowerCase();
  if (/[^aeiou]y$/.test(n)) return `${n.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(n)) return `${n}es`;
  return `${n}s`;
}

/** Whether an action's `entityName` (set name) is the table a trigger's `entityname` (logical name) watches. */
export const sameTable = (entitySet: string, logicalName: string) =>
  entitySet === entitySetName(logicalName) || entitySet === logicalName.toLowerCase();
