// The solution's custom connectors: Connector/ files, `<Connector>` entries and RootComponents (type 372).
import type { ConnectorModel } from '../../../connector/model/connector';
import { connectorModels } from '../../../connector';
import { connectorArtifacts } from '../../compile/swagger/artifacts';
import { connectionParametersOf } from '../../compile/swagger/api-properties';
import { prettyJson } from '../../compile/format';
import { policyTemplatesOf } from '../../compile/swagger/policies';
import type { ConnectorSettings } from '../../compile/swagger/settings';
import type { ConnectorComponents, SolutionFile } from '../components';
import { connectorElement, connectorFile, connectorFileName } from './connector-xml';
import { iconPng } from './icon';

/** Dataverse component type of a custom connector in RootComponents (every real export uses 372). */
export const CONNECTOR_COMPONENT_TYPE = 372;

/** Builds and checks every connector (throws ConnectorError), then lays out its solution files. */
export async function connectorComponents(
  settings: ConnectorSettings,
  models: readonly ConnectorModel[] = connectorModels,
): Promise<ConnectorComponents> {
  const files: SolutionFile[] = [];
  const artifacts = connectorArtifacts(settings, models);
  for (const { model, swagger } of artifacts) {
    const part = (name: Parameters<typeof connectorFileName>[1], content: string | Buffer): SolutionFile => ({
      unpackedPath: `Connectors/${connectorFileName(model, name)}`,
      packedPath: `Connector/${connectorFileName(model, name)}`,
      content,
    });
    files.push(
      { unpackedPath: `Connectors/${model.identity.logicalName}.xml`, content: connectorFile(model) },
      part('openapidefinition', await prettyJson(swagger)),
      part('connectionparameters', await prettyJson(connectionParametersOf(model, settings))),
      part('policytemplateinstances', await prettyJson(policyTemplatesOf(model))),
      part('iconblob', iconPng(model.brandColor, model.icon)),
    );
  }
  return {
    rootComponents: artifacts.map(({ model }) => ({
      type: CONNECTOR_COMPONENT_TYPE,
      id: `{${model.identity.connectorId}}`,
      schemaName: model.identity.logicalName,
      behavior: 0,
    })),
    connectorsXml: artifacts.map(({ model }) => connectorElement(model)).join('\n'),
    files,
  };
}

/** For connection references to a custom connector: the `<customconnectorid><connectorid>` they need. */
export function customConnectorOf(apiName: string, models: readonly ConnectorModel[] = connectorModels) {
  const model = models.find((m) => m.identity.api.name === apiName);
  return model && { connectorId: model.identity.connectorId, logicalName: model.identity.logicalName, displayName: model.title };
}
