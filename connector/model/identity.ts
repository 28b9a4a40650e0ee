// How the solution names a custom connector, and how flows reference it (api.name, api.logicalName).
//
// Real exports (research/dataverse-connector.md §7) name a custom connector `<prefix>_5F<escaped name>` (Dataverse
// `connector.name`, also the flows' `api.logicalName`), and flows call it through
// `api.name = shared_<prefix>-5f<escaped name>-5f<16 hex>`. The hex suffix is assigned per environment when the
// connector is created; on import, flows are re-bound through `api.logicalName` and the connection reference's
// `customconnectorid`, so any stable value works. We derive it from the logical name (UUIDv5), so builds are
// reproducible and solution.yaml can name the connector's api.
import { type ConnectorApi, deriveGuid } from '../../src/dsl';
import { connectorIdOf } from '../../src/solution/names';

/** `pac solution unpack` drops custom connectors whose name is longer than this (powerplatform-build-tools#882). */
export const MAX_CONNECTOR_NAME = 30;

/** The publisher prefix of this solution (solution.yaml `publisher.prefix`); the build checks they agree. */
export const PUBLISHER_PREFIX = 'cosell';

export interface ConnectorIdentity {
  /** Short internal name, lower-case letters and digits (no escaping needed), e.g. `partnercenterref`. */
  readonly name: string;
  /** Dataverse `connector.name` and the solution file prefix, e.g. `cosell_5Fpartnercenterref`. */
  readonly logicalName: string;
  /** The connector record's id (`<connectorid>`, RootComponent 372 id). */
  readonly connectorId: string;
  /** How flows reference it. */
  readonly api: Required<ConnectorApi>;
}

export function connectorIdentity(name: string, prefix: string = PUBLISHER_PREFIX): ConnectorIdentity {
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    throw new Error(`connector name '${name}' must be lower-case letters and digits, starting with a letter`);
  }
  if (!/^[a-z][a-z0-9]{1,7}$/.test(prefix)) throw new Error(`publisher prefix '${prefix}' is not a valid prefix`);
  const logicalName = `${prefix}_5F${name}`;
  if (logicalName.length > MAX_CONNECTOR_NAME) {
    throw new Error(
      `connector name '${logicalName}' is ${logicalName.length} characters; solution tools drop connectors over ${MAX_CONNECTOR_NAME}`,
    );
  }
  const hash = deriveGuid('custom-connector-api', logicalName).replace(/-/g, '').slice(0, 16);
  return {
    name,
    logicalName,
    connectorId: connectorIdOf(logicalName),
    api: { name: `shared_${prefix}-5f${name}-5f${hash}`, logicalName },
  };
}
