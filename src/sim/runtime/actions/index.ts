// Action executors by action type.
import type { ActionExecutor } from '../state';
import { childFlow } from './child-flow';
import { compose } from './compose';
import { connector } from './connector';
import { foreach } from './foreach';
import { http } from './http';
import { ifAction } from './if';
import { initializeVariable } from './initialize-variable';
import { join } from './join';
import { parseJsonAction } from './parse-json';
import { query } from './query';
import { response } from './response';
import { scope } from './scope';
import { select } from './select';
import { switchAction } from './switch';
import { terminate } from './terminate';
import { until } from './until';
import {
  appendToArrayVariable,
  appendToStringVariable,
  decrementVariable,
  incrementVariable,
  setVariable,
} from './variable-update';
import { wait } from './wait';

export const EXECUTORS: Readonly<Record<string, ActionExecutor>> = {
  Compose: compose,
  InitializeVariable: initializeVariable,
  SetVariable: setVariable,
  IncrementVariable: incrementVariable,
  DecrementVariable: decrementVariable,
  AppendToArrayVariable: appendToArrayVariable,
  AppendToStringVariable: appendToStringVariable,
  If: ifAction,
  Switch: switchAction,
  Foreach: foreach,
  Until: until,
  Scope: scope,
  Terminate: terminate,
  Response: response,
  ParseJson: parseJsonAction,
  Query: query,
  Select: select,
  Join: join,
  Http: http,
  Workflow: childFlow,
  OpenApiConnection: connector,
  OpenApiConnectionWebhook: connector,
  Wait: wait,
};
