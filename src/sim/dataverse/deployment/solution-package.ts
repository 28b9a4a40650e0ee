// What an import reads from the posted CustomizationFile: the manifest (unique name, version, managed), the cloud
// flows with their clientdata, the connection references and the environment variable definitions. A zip Dataverse
// would refuse gives the message its import job fails with.
import { bareLower } from '../../../solution/validate/guid';
import { readModel } from '../../../solution/validate/model';
import { readZipBuffer } from '../../../solution/validate/source';
import { flowFiles } from '../../../solution/validate/flows';
import {
  type SummaryConnectionReference,
  type SummaryEnvironmentVariable,
  solutionSummary,
} from '../../../solution/validate/summary';
import { txt } from '../../../solution/validate/xml';

export interface PackagedWorkflow {
  id: string;
  name: string;
  category: number;
  clientdata: string;
}

export interface SolutionPackage {
  uniqueName: string;
  friendlyName: string;
  version: string;
  managed: boolean;
  workflows: PackagedWorkflow[];
  connectionReferences: SummaryConnectionReference[];
  environmentVariables: SummaryEnvironmentVariable[];
}

/** learn.microsoft.com's message for a zip without its three root files (error 80048060). */
export const INVALID_SOLUTION_FILE =
  'The solution file is invalid. The compressed file must contain the following files at its root: solution.xml, customizations.xml, and [Content_Types].xml. Customization files exported from previous versions of Microsoft Dynamics CRM are not supported.';

/** Reads the zip; throws an Error whose message is what the failed import job reports. */
export async function readSolutionPackage(bytes: Buffer): Promise<SolutionPackage> {
  let source;
  try {
    source = await readZipBuffer(bytes, 'CustomizationFile');
  } catch {
    throw new Error(INVALID_SOLUTION_FILE);
  }
  for (const root of ['solution.xml', 'customizations.xml', '[Content_Types].xml']) {
    if (!source.files.has(root)) throw new Error(INVALID_SOLUTION_FILE);
  }
  const model = readModel(source);
  const summary = solutionSummary(model);
  if (!summary.uniqueName) throw new Error(INVALID_SOLUTION_FILE);
  const workflows = flowFiles(model).map((f) => {
    if (!f.text) throw new Error(`The import of workflow ${f.workflow.name} failed: ${f.path}: ${f.problem?.message ?? 'unreadable'}`);
    return {
      id: bareLower(f.workflow.id),
      name: f.workflow.name,
      category: Number(txt(f.workflow.node.Category) || 5),
      clientdata: f.text,
    };
  });
  return {
    uniqueName: summary.uniqueName,
    friendlyName: summary.displayName,
    version: summary.version,
    managed: summary.managed,
    workflows,
    connectionReferences: summary.connectionReferences,
    environmentVariables: summary.environmentVariables,
  };
}
