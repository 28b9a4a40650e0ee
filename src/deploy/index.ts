// `cosell deploy`: import the solution, set its environment variables, bind its connection references, turn its
// flows on in order, and print the webhook receiver's URL (src/deploy/run.ts has the steps).
export { deploy, type DeployOptions, type DeployResult } from './run';
export { DeployError } from './errors';
export { FLOW_ORDER, RECEIVER_FLOW, REGISTRATION_FLOW, planFlowOrder } from './flow-order';
export type { FlowStatus, FlowState } from './flows';
export { readDeployableSolution, type DeployableSolution, type SolutionFlow } from './solution-zip';
export { checkSettings, readSettingsFile, type CheckedSettings } from './settings-file';
