// Every action type the importer writes as typed DSL; any other type is written raw.
import type { ActionKind } from '../block';
import { CONNECTOR_ACTIONS } from './connectors';
import { CONTAINER_ACTIONS } from './containers';
import { DATA_ACTIONS } from './data';
import { HTTP_ACTIONS } from './http';
import { RESPOND_ACTIONS } from './respond';
import { VARIABLE_ACTIONS } from './variables';

export const ACTION_KINDS: Record<string, ActionKind> = {
  ...DATA_ACTIONS,
  ...VARIABLE_ACTIONS,
  ...CONTAINER_ACTIONS,
  ...RESPOND_ACTIONS,
  ...HTTP_ACTIONS,
  ...CONNECTOR_ACTIONS,
};
