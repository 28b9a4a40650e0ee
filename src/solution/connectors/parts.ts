// The packaging producer for the custom connectors: settings from solution.yaml, then the checked components.
import { loadConnectorSettings } from '../../compile/swagger/settings';
import { type PartsProducer, fromConnectors } from '../parts';
import { connectorComponents } from './components';

/** `build({ ..., parts: [connectorParts] })`: RootComponents 372, `<Connectors>`, the Connector/ files. */
export const connectorParts: PartsProducer = async (_config, context) =>
  fromConnectors(await connectorComponents(loadConnectorSettings(context.configFile)));
