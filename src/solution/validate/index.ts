// `cosell validate`: checks any solution (zip or folder, packed or unpacked) for what breaks imports.
import { connectors, environmentVariables } from './checks/components';
import { flowJson } from './checks/flow-json';
import { declarations, flowReferences } from './checks/references';
import { contentTypes, manifest, rootFiles } from './checks/structure';
import { workflows } from './checks/workflows';
import type { SolutionFinding } from './finding';
import { type SolutionModel, readModel } from './model';
import { type SolutionSource, readSolution } from './source';
import type { OutFile } from '../package';

export { SolutionInvalidError, errorsOf, formatFinding, type SolutionFinding } from './finding';
export { readSolution, readZipBuffer, type SolutionSource } from './source';

export const SOLUTION_CHECKS: Record<string, (model: SolutionModel) => SolutionFinding[]> = {
  'root-files': rootFiles,
  manifest,
  'content-types': contentTypes,
  workflows,
  'workflow-json': flowJson,
  'connection-references': declarations,
  'flow-references': flowReferences,
  connectors,
  'environment-variables': environmentVariables,
};

const order = (a: SolutionFinding, b: SolutionFinding) =>
  (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  (a.line ?? 0) - (b.line ?? 0);

export function validateSource(source: SolutionSource): SolutionFinding[] {
  return validateModel(readModel(source));
}

/** Every finding of a model already read (its source's container findings included), errors first. */
export function validateModel(model: SolutionModel): SolutionFinding[] {
  const findings = [...model.source.findings, ...model.findings.list, ...Object.values(SOLUTION_CHECKS).flatMap((check) => check(model))];
  return findings.sort(order);
}

/** Reads a zip or folder and returns every finding, errors first. */
export async function validateSolution(path: string): Promise<SolutionFinding[]> {
  return validateSource(await readSolution(path));
}

/** A tree in memory (forward-slash paths), e.g. the unpacked tree the build is about to write. */
export function treeSource(files: OutFile[], origin: string): SolutionSource {
  const map = new Map(files.map((f) => [f.path, f.data]));
  const layout = map.has('Other/Solution.xml') || map.has('Other/Customizations.xml') ? 'unpacked' : 'packed';
  return { origin, layout, files: map, findings: [] };
}
