// What raw JSON uses that the flow must declare: connectors (by host.connectionName) and environment variables.
import { ExpressionError, parseValue, referencesIn } from '../expr';
import type { FlowContext } from './context';
import { isObject } from './json';

/** Code for the `connections` and `environmentVariables` options of a raw action or trigger. */
export function rawUses(json: unknown, cx: FlowContext): { connections?: string; environmentVariables?: string } {
  const connections = new Map<string, string>();
  const envs = new Set<string>();
  const visit = (x: unknown) => {
    if (typeof x === 'string') {
      for (const name of parameterNames(x)) {
        const e = cx.env(name);
        if (e) envs.add(e.id);
      }
    } else if (Array.isArray(x)) x.forEach(visit);
    else if (isObject(x)) {
      const host = x.host;
      if (isObject(host) && typeof host.connectionName === 'string') {
        const decl = cx.connector(host.connectionName);
        if (decl) connections.set(host.connectionName, decl.id);
        else cx.note('', 'difference', `connection '${host.connectionName}' is not in the flow's connectionReferences`);
      }
      Object.values(x).forEach(visit);
    }
  };
  visit(json);
  return {
    connections: connections.size
      ? `{ ${[...connections].map(([k, id]) => `${JSON.stringify(k)}: ${id}`).join(', ')} }`
      : undefined,
    environmentVariables: envs.size ? `[${[...envs].join(', ')}]` : undefined,
  };
}

/** Names passed to `parameters('...')` in a string value. */
function parameterNames(value: string): string[] {
  try {
    return referencesIn(parseValue(value))
      .filter((r) => r.kind === 'parameter' && r.arg !== undefined)
      .map((r) => r.arg!);
  } catch (e) {
    if (e instanceof ExpressionError) return [];
    throw e;
  }
}
