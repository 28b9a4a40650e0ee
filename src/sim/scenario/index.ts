// Scenario files: parse (YAML + ajv, located errors), run against the simulator and both doubles, check.
export { checkExpectations, type Observed } from './expect';
export { type FlowJson, type FlowSet, compileProject, selectFlows, solutionFlows } from './flows';
export { formatFailure, formatResult, formatRun } from './format';
export { checkTable, matches, rowMatches, valueAt, type Mismatch } from './match';
export { PREDEFINED_REFS, ScenarioError, parseScenario, readScenario, type ScenarioIssue } from './parse';
export { Refs, UnknownReference, referencesIn } from './refs';
export { DEFAULT_SYNC_USER, runScenario, type Failure, type ScenarioResult, type StepRecord } from './run';
export { scenarioSchema } from './schema';
export { REGISTRATION_FLOW } from './setup';
export type * from './types';
export type { OutboundCall, WebhookCall } from './wiring';
export { World } from './world';
