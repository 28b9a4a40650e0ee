// Every lint rule, one per file. Order is the order of the SARIF rule list and of the docs.
import type { LintRule } from '../rule';
import bidirectionalSyncLoop from './bidirectional-sync-loop';
import catchSwallowsFailure from './catch-swallows-failure';
import connectionDeclared from './connection-declared';
import dataverseTriggerUnfiltered from './dataverse-trigger-unfiltered';
import embeddedConnection from './embedded-connection';
import expression from './expression';
import externalCallNoErrorPath from './external-call-no-error-path';
import externalCallNoRetry from './external-call-no-retry';
import hardcodedEnvironmentValue from './hardcoded-environment-value';
import runAfter from './run-after';
import secretLiteral from './secret-literal';
import secureDataMissing from './secure-data-missing';
import selfUpdateLoop from './self-update-loop';
import suppression from './suppression';
import uniqueNames from './unique-names';
import untilWithoutLimits from './until-without-limits';
import variableInConcurrentForeach from './variable-in-concurrent-foreach';
import variableInit from './variable-init';

export const RULES: readonly LintRule[] = [
  // The build's whole-flow checks, for exported flows.
  runAfter,
  uniqueNames,
  variableInit,
  expression,
  connectionDeclared,
  // Error handling and resilience.
  externalCallNoRetry,
  externalCallNoErrorPath,
  catchSwallowsFailure,
  untilWithoutLimits,
  variableInConcurrentForeach,
  // Triggers and loops.
  dataverseTriggerUnfiltered,
  selfUpdateLoop,
  bidirectionalSyncLoop,
  // Configuration and security.
  hardcodedEnvironmentValue,
  secretLiteral,
  secureDataMissing,
  embeddedConnection,
  suppression,
];
