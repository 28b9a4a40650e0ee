// Semantic diff of flows (`cosell diff`): read both sides, compare, render.
export { diffFlowSets } from './diff';
export { diffFlow } from './flow-diff';
export { type FlowDoc, type FlowParts, identityOf, isWorkflowJson, partsOf } from './flow-doc';
export { type ConnectionReferenceInfo, type EnvVarInfo, type FlowSet, WORKING_TREE, flowSetOfFile, flowSetOfSource } from './flow-set';
export { diffJson, jsonEqual, type ValueChange } from './json-diff';
export { toMarkdown } from './markdown';
export { renameInJson, renameInString } from './references';
export { flowSetOf, flowSetOfWorkingTree } from './sides';
export { flowSetOfRevision, resolveRevision } from './revision';
export type { DiffReport, FlowChange, FlowDiff, Position, RunAfter, SolutionChange } from './types';
