// The workflow runtime of the simulator: runs compiled workflow JSON (see README.md here).
export { SimulatedClock } from './clock';
export { parseDuration } from './duration';
export { ActionFailure, FlowLoadError, type ErrorInfo } from './errors';
export { loadFlow, normalizeWorkflowId, type LoadOptions, type LoadedFlow } from './flow';
export { Meter, type MeterSnapshot } from './meter';
export { resolveParameters, type Settings } from './parameters';
export { DEFAULT_POLICY, policyDelay, retryAfterMs, retryPolicyOf, type RetryPolicy } from './retry';
export { Simulator, type Invocation, type SimulatorOptions, type TriggerEvaluation } from './simulator';
export { readSolutionFlows, type SolutionFlow } from './solution';
export type { TriggerOutputs } from './trigger';
