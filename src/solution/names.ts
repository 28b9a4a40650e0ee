// Names of solution artefacts. Every GUID derives from a name (deriveGuid, UUIDv5), never written by hand.
import { deriveGuid } from '../dsl/names';

/** The Dataverse id of a custom connector shipped in the solution, from its schema name. */
export const connectorIdOf = (schemaName: string): string => deriveGuid('connector', schemaName);

/** `PartnerCenterReferralsSync_1_0_0_0.zip` / `..._managed.zip`: real exports' names, dots as underscores. */
export function zipFileName(uniqueName: string, version: string, managed: boolean): string {
  return `${uniqueName}_${version.replace(/\./g, '_')}${managed ? '_managed' : ''}.zip`;
}
