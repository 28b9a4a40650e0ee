// The `connectors:` section of solution.yaml: what the admin configures for the custom connectors' sign-in.
//   connectors:
//     clientId: <application (client) id of the Entra ID app registration>
//     tenantId: common          # optional: 'common', 'organizations', a tenant GUID or domain
// Also checks that solution.yaml names the connectors as connector/ derives them (prefix, connection references).
import { readFileSync } from 'node:fs';
import type { ConnectorModel } from '../../../connector/model/connector';
import { PUBLISHER_PREFIX } from '../../../connector/model/identity';
import { connectorModels } from '../../../connector';
import { ConfigError, type ConfigIssue } from '../../solution/config';
import { type YamlPath, fieldName, parseLocated } from '../../solution/yaml-locate';

export interface ConnectorSettings {
  /** The Entra ID application both connectors sign in with. */
  clientId: string;
  /** The tenant users sign in to; `common` needs a multi-tenant app registration. */
  tenantId: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^(common|organizations|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

interface Reference {
  logicalName?: string;
  connector?: string;
  customConnector?: string;
}

/** Reads `connectors:` and cross-checks the connectors' names; every problem is located in the file. */
export function loadConnectorSettings(file: string, models: readonly ConnectorModel[] = connectorModels): ConnectorSettings {
  const located = parseLocated(readFileSync(file, 'utf8'));
  if (located.doc.errors.length) {
    const e = located.doc.errors[0]!;
    throw new ConfigError(file, e.linePos?.[0]?.line, e.message);
  }
  const issues: ConfigIssue[] = [];
  const issue = (path: YamlPath, message: string) => issues.push({ line: located.lineOf(path), field: fieldName(path), message });
  const get = (path: YamlPath) => located.doc.getIn(path);

  const prefix = get(['publisher', 'prefix']);
  if (prefix !== PUBLISHER_PREFIX) {
    issue(['publisher', 'prefix'], `differs from the connectors' prefix '${PUBLISHER_PREFIX}' (connector/model/identity.ts)`);
  }
  const clientId = get(['connectors', 'clientId']);
  if (get(['connectors']) === undefined) {
    issue([], "missing 'connectors' with clientId: the Entra ID app registration the custom connectors sign in with");
  } else if (typeof clientId !== 'string' || !GUID.test(clientId)) {
    issue(
      ['connectors', 'clientId'],
      `must be the app registration's application (client) id, a GUID (got ${JSON.stringify(clientId ?? null)})`,
    );
  }
  const tenantId = get(['connectors', 'tenantId']) ?? 'common';
  if (typeof tenantId !== 'string' || !TENANT.test(tenantId)) {
    issue(
      ['connectors', 'tenantId'],
      `must be 'common', 'organizations', a tenant GUID or a domain (got ${JSON.stringify(tenantId)})`,
    );
  }

  const refs = ((located.doc.toJS() as { connectionReferences?: Reference[] } | null)?.connectionReferences ?? []) as Reference[];
  for (const model of models) {
    const { api, logicalName } = model.identity;
    const matching = refs.flatMap((r, i) => (r.customConnector === logicalName || r.connector === api.name ? [i] : []));
    if (matching.length !== 1) {
      issue(
        ['connectionReferences'],
        `needs exactly one connection reference to '${model.title}' (connector: ${api.name}, customConnector: ${logicalName}); found ${matching.length}`,
      );
      continue;
    }
    const i = matching[0]!;
    if (refs[i]!.connector !== api.name)
      issue(['connectionReferences', i, 'connector'], `must be ${api.name}, the api name of ${logicalName}`);
    if (refs[i]!.customConnector !== logicalName) issue(['connectionReferences', i, 'customConnector'], `must be ${logicalName}`);
  }
  refs.forEach((r, i) => {
    if (r.customConnector && !models.some((m) => m.identity.logicalName === r.customConnector)) {
      issue(
        ['connectionReferences', i, 'customConnector'],
        `'${r.customConnector}' is not a connector of connector/ (${models.map((m) => m.identity.logicalName).join(', ')})`,
      );
    }
  });
  if (issues.length) throw ConfigError.of(file, issues);
  return { clientId: (clientId as string).toLowerCase(), tenantId: tenantId as string };
}
