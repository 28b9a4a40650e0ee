// What a solution declares, read from its model: identity (unique name, display name, version, managed), the
// connection references and the environment variable definitions; and what one cloud flow's clientdata uses
// (connection references, child flows). Shared by `cosell deploy` and the Dataverse double's import.
import type { JsonObject } from '../../compile/definition';
import type { SolutionModel } from './model';
import { attr, obj, txt } from './xml';

export interface SummaryConnectionReference {
  logicalName: string;
  displayName: string;
  connectorId: string;
}

export interface SummaryEnvironmentVariable {
  schemaName: string;
  displayName: string;
  /** environmentvariabledefinition.type (100000000 String, …01 Number, …02 Boolean, …03 JSON). */
  type: number;
  defaultValue: string | null;
}

export interface SolutionSummary {
  uniqueName: string;
  displayName: string;
  version: string;
  managed: boolean;
  connectionReferences: SummaryConnectionReference[];
  environmentVariables: SummaryEnvironmentVariable[];
}

export function solutionSummary(model: SolutionModel): SolutionSummary {
  const manifest = obj(obj(model.solution?.root.ImportExportXml).SolutionManifest);
  const uniqueName = txt(manifest.UniqueName);
  return {
    uniqueName,
    displayName: attr(obj(obj(manifest.LocalizedNames).LocalizedName), 'description') || uniqueName,
    version: txt(manifest.Version),
    managed: txt(manifest.Managed) === '1',
    connectionReferences: model.connectionReferences.map((r) => ({
      logicalName: r.logicalName,
      displayName: txt(r.node.connectionreferencedisplayname) || r.logicalName,
      connectorId: r.connectorId,
    })),
    environmentVariables: model.envVars.map((e) => ({
      schemaName: e.schemaName,
      displayName: attr(obj(e.node.displayname), 'default') || e.schemaName,
      type: Number(txt(e.node.type)),
      defaultValue: e.node.defaultvalue === undefined ? null : txt(e.node.defaultvalue),
    })),
  };
}

/** Logical names of the connection references a flow's clientdata uses. */
export function usedConnectionReferences(clientdata: JsonObject): string[] {
  const refs = Object.values((clientdata.properties?.connectionReferences ?? {}) as Record<string, JsonObject>);
  return [...new Set(refs.map((r) => r.connection?.connectionReferenceLogicalName).filter((n): n is string => typeof n === 'string'))];
}

/** Workflow ids (lower case) of the child flows a flow runs: actions of type Workflow, at any depth. */
export function childFlows(clientdata: JsonObject): string[] {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as JsonObject;
    if (n.type === 'Workflow' && typeof n.inputs?.host?.workflowReferenceName === 'string') {
      out.add(n.inputs.host.workflowReferenceName.toLowerCase());
    }
    for (const v of Object.values(n)) walk(v);
  };
  walk(clientdata.properties?.definition);
  return [...out];
}
