// Connectors a flow calls. The solution binds each through a connection reference (solution.yaml).

/** A connector API as flows name it: `api.name`, plus `logicalName` for custom connectors. */
export interface ConnectorApi {
  readonly name: string;
  readonly logicalName?: string;
}

/** Microsoft Dataverse, the connector for Dynamics 365 rows. */
export const dataverseApi: ConnectorApi = { name: 'shared_commondataserviceforapps' };

export const apiIdOf = (api: ConnectorApi): string => `/providers/Microsoft.PowerApps/apis/${api.name}`;
