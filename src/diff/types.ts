// The semantic diff of two sets of flows: what `cosell diff --json` prints and the Markdown renders.
import type { JsonObject } from '../compile/definition';
import type { ConnectionReferenceInfo, EnvVarInfo } from './flow-set';
import type { ValueChange } from './json-diff';

export type RunAfter = Record<string, string[]>;

/** Where an action sits: its container (`''` at the top level), the branch, and what it runs after. */
export interface Position {
  container: string;
  /** The container's type, to name the branch (`If` '' is the yes branch). */
  containerType?: string;
  /** `''` (Scope, Foreach, Until, If yes), `else`, a Switch case key, `default`. */
  branch: string;
  runAfter: RunAfter;
}

export type FlowChange =
  | { kind: 'trigger-added' | 'trigger-removed'; trigger: string; type: string }
  | { kind: 'trigger-renamed'; trigger: string; from: string }
  | { kind: 'trigger-changed'; trigger: string; changes: ValueChange[] }
  /** `nested`: actions inside an added or removed container, not listed on their own. */
  | { kind: 'action-added'; action: string; type: string; position: Position; nested: number; definition: JsonObject }
  | { kind: 'action-removed'; action: string; type: string; position: Position; nested: number }
  /** Same type, inputs and position under a new name, references updated; `moved` when it also moved. */
  | { kind: 'action-renamed'; action: string; from: string; moved?: { from: Position; to: Position } }
  | { kind: 'action-moved'; action: string; from: Position; to: Position }
  | { kind: 'run-after-changed'; action: string; from: RunAfter; to: RunAfter }
  | { kind: 'action-changed'; action: string; changes: ValueChange[] }
  | { kind: 'parameter-added' | 'parameter-removed'; parameter: string; schemaName?: string }
  | { kind: 'parameter-changed'; parameter: string; changes: ValueChange[] }
  | { kind: 'connection-added' | 'connection-removed'; reference: string; logicalName?: string }
  | { kind: 'connection-changed'; reference: string; changes: ValueChange[] }
  /** Anything else of the clientdata or definition (`outputs`, `description`, `$schema`…). */
  | { kind: 'definition-changed'; changes: ValueChange[] };

export interface FlowDiff {
  status: 'added' | 'removed' | 'changed';
  /** Workflow GUID, when known. */
  id?: string;
  name: string;
  renamedFrom?: string;
  /** The workflow file (head's, or base's for a removed flow). */
  file: string;
  /** For added and removed flows: trigger and action count. */
  summary?: { triggers: string[]; actions: number };
  changes: FlowChange[];
}

export type SolutionChange =
  | { kind: 'environment-variable-added' | 'environment-variable-removed'; variable: EnvVarInfo }
  | { kind: 'environment-variable-changed'; schemaName: string; changes: ValueChange[] }
  | { kind: 'connection-reference-added' | 'connection-reference-removed'; reference: ConnectionReferenceInfo }
  | { kind: 'connection-reference-changed'; logicalName: string; changes: ValueChange[] };

export interface DiffReport {
  base: string;
  head: string;
  /** Changed flows only, in head's order, then removed flows. */
  flows: FlowDiff[];
  solution: SolutionChange[];
}
