// The deployment endpoints of the Dataverse double (`cosell deploy` runs against them), and the Power Automate
// API's listCallbackUrl.
export { DeploymentDouble, type DeploymentDoubleOptions, type LoggedRequest } from './double';
export type { ActivationAttempt } from './activation';
export type { ImportRequest, ImportAction } from './import';
export { INVALID_SOLUTION_FILE } from './solution-package';
