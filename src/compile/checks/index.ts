// The third validation layer: whole-flow checks over compiled workflow JSON.
import { modelOf } from '../definition';
import type { DefinitionCheck, Finding } from '../finding';
import { connections } from './connections';
import { expressions } from './expressions';
import { runAfter } from './run-after';
import { uniqueNames } from './unique-names';
import { variables } from './variables';

export const DEFINITION_CHECKS: Record<string, DefinitionCheck> = {
  'unique-names': uniqueNames,
  'run-after': runAfter,
  variables,
  expressions,
  connections,
};

/** Runs every whole-flow check on a workflow's `properties` (the clientdata envelope's inner object). */
export function checkWorkflow(properties: Record<string, any>): Finding[] {
  const model = modelOf(properties.definition ?? {});
  return Object.values(DEFINITION_CHECKS).flatMap((check) => check(model, properties));
}
