// The solution zip being deployed, as the deployment needs it: identity (unique name, version, managed), the cloud
// flows (id, name, trigger, connection references, child flows), the connection references and the environment
// variable definitions. Read from the zip itself, so a managed zip or an older build deploys as what it holds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { JsonObject } from '../compile/definition';
import { errorsOf, formatFinding, readZipBuffer, validateModel } from '../solution/validate';
import { flowFiles } from '../solution/validate/flows';
import { bareLower } from '../solution/validate/guid';
import { readModel } from '../solution/validate/model';
import { type SummaryConnectionReference, childFlows, solutionSummary, usedConnectionReferences } from '../solution/validate/summary';
import { txt } from '../solution/validate/xml';
import { DeployError } from './errors';
import type { NamedFlow } from './flow-order';

export interface SolutionFlow extends NamedFlow {
  /** The trigger's name and type/kind (`manual`, Request/Http for the webhook receiver). */
  trigger?: { name: string; type: string; kind?: string };
  /** Logical names of the connection references it uses. */
  connectionReferences: string[];
}

export type SolutionConnectionReference = SummaryConnectionReference;

export interface SolutionEnvironmentVariable {
  schemaName: string;
  displayName: string;
  /** environmentvariabledefinition.type: 100000000 String, …01 Number, …02 Boolean, …03 JSON. */
  type: number;
  defaultValue?: string;
}

export interface DeployableSolution {
  path: string;
  bytes: Buffer;
  uniqueName: string;
  displayName: string;
  version: string;
  managed: boolean;
  flows: SolutionFlow[];
  connectionReferences: SolutionConnectionReference[];
  environmentVariables: SolutionEnvironmentVariable[];
}

/** Reads and validates the zip (as `cosell validate` does): a zip with errors is not deployed. */
export async function readDeployableSolution(path: string): Promise<DeployableSolution> {
  if (!existsSync(path)) {
    throw new DeployError(`the solution zip ${path} does not exist`, [
      'Build it with `npx cosell build` (it writes dist/PartnerCenterReferralsSync_<version>.zip and _managed.zip), or pass --zip <path>.',
    ]);
  }
  const notPacked = () =>
    new DeployError(`${path} is not a packed solution zip (no solution.xml at its root)`, [
      'Pass the .zip that `npx cosell build` wrote, not the unpacked dist/solution folder.',
    ]);
  if (statSync(path).isDirectory()) throw notPacked();
  // Read once: these bytes are validated here and uploaded by the import.
  const bytes = readFileSync(path);
  const source = await readZipBuffer(bytes, path).catch((e: Error) => {
    throw new DeployError(e.message, ['Pass the .zip that `npx cosell build` or a solution export wrote.']);
  });
  if (source.layout !== 'packed' || !source.files.has('solution.xml')) throw notPacked();
  const model = readModel(source);
  const errors = errorsOf(validateModel(model));
  if (errors.length) {
    const shown = errors.slice(0, 5).map((f) => `  ${formatFinding(f, path)}`);
    throw new DeployError(
      `${path} would fail to import: ${errors.length} error(s)\n${shown.join('\n')}${errors.length > 5 ? '\n  …' : ''}`,
      [`Run \`npx cosell validate ${path}\` for every finding, fix them, and rebuild.`],
    );
  }
  const summary = solutionSummary(model);
  const flows = flowFiles(model)
    .filter((f) => txt(f.workflow.node.Category) === '5' && f.json)
    .map((f): SolutionFlow => {
      const clientdata = f.json as JsonObject;
      const [triggerName, trigger] = Object.entries((clientdata.properties?.definition?.triggers ?? {}) as Record<string, JsonObject>)[0] ?? [];
      return {
        id: bareLower(f.workflow.id),
        name: f.workflow.name,
        ...(triggerName && trigger ? { trigger: { name: triggerName, type: String(trigger.type), ...(trigger.kind ? { kind: String(trigger.kind) } : {}) } } : {}),
        connectionReferences: usedConnectionReferences(clientdata),
        childFlows: childFlows(clientdata),
      };
    });
  return {
    path,
    bytes,
    uniqueName: summary.uniqueName,
    displayName: summary.displayName,
    version: summary.version,
    managed: summary.managed,
    flows,
    connectionReferences: summary.connectionReferences,
    environmentVariables: summary.environmentVariables.map(({ defaultValue, ...e }) => ({
      ...e,
      ...(defaultValue === null ? {} : { defaultValue }),
    })),
  };
}
