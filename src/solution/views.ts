// Template views: solution.yaml, compiled flows and producer parts as the values real exports hold.
import { workflowFileName } from '../compile/file-names';
import type { RootComponent } from './components';
import type { SolutionConfig, SolutionConnectionReference, SolutionEnvironmentVariable } from './config';
import { connectorIdOf } from './names';
import type { PackageParts } from './parts';
import { bracedGuid } from './xml';

/** The platform version the manifest claims. An org imports solutions exported from its own or an older version. */
export const PLATFORM_VERSION = '9.2.24034.300';
export const LANGUAGE_CODE = 1033;
/** IntroducedVersion of flows and environment variables: fixed, so a version bump does not touch every file. */
export const INTRODUCED_VERSION = '1.0.0.0';

/** Environment variable `type` option values (environmentvariabledefinition.type). */
export const ENV_TYPE_CODES = { String: 100000000, Number: 100000001, Boolean: 100000002, JSON: 100000003 } as const;

/** Every environmentvariabledefinition `type` code Dataverse knows, by code, for reading solutions. */
export const ENV_TYPE_NAMES: Readonly<Record<string, string>> = {
  '100000000': 'String',
  '100000001': 'Number',
  '100000002': 'Boolean',
  '100000003': 'JSON',
  '100000004': 'Data source',
  '100000005': 'Secret',
};

/** A compiled flow as the packer needs it. */
export interface PackagedFlow {
  displayName: string;
  workflowId: string;
  /** The workflow file's bytes (formatted clientdata JSON). */
  json: string;
  /** The same, as UTF-8 when the caller already encoded it: the tree and both zips then hold this very Buffer. */
  bytes?: Buffer;
}

export const workflowPath = (f: PackagedFlow) => `Workflows/${workflowFileName(f.displayName, f.workflowId)}`;
export const envVarPath = (schemaName: string) => `environmentvariabledefinitions/${schemaName}/environmentvariabledefinition.xml`;

export function workflowView(f: PackagedFlow, xsi: boolean) {
  return {
    id: bracedGuid(f.workflowId),
    name: f.displayName,
    jsonFileName: `/${workflowPath(f)}`,
    // Flows ship turned off (Draft): their connection references have no connection at import, and a flow
    // imported "on" with unbound references lands off or fails to activate. The admin binds the connections
    // and turns the flows on in order. (Real exports hold both 0/1 and 1/2.)
    stateCode: 0,
    statusCode: 1,
    introducedVersion: INTRODUCED_VERSION,
    languageCode: LANGUAGE_CODE,
    xsi,
  };
}

/** Ordinal comparison (locale-independent, so the output is the same everywhere). */
export const ordinal = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Root components, ordered as a packed export (by numeric type) or `pac solution unpack` (type as text). */
export function rootComponentViews(flows: PackagedFlow[], parts: PackageParts, unpacked: boolean) {
  const roots: RootComponent[] = [...flows.map((f) => ({ type: 29, id: f.workflowId, behavior: 0 as const })), ...parts.rootComponents];
  return roots
    .map((r) => ({ type: r.type, id: r.id ? bracedGuid(r.id) : null, schemaName: r.schemaName ?? null, behavior: r.behavior }))
    .sort(
      (a, b) =>
        (unpacked ? ordinal(String(a.type), String(b.type)) : a.type - b.type) ||
        ordinal(a.schemaName ?? '', b.schemaName ?? '') ||
        ordinal(a.id ?? '', b.id ?? ''),
    );
}

export function solutionView(config: SolutionConfig, roots: ReturnType<typeof rootComponentViews>, managed: 0 | 1, declaration: boolean) {
  return {
    declaration,
    platformVersion: PLATFORM_VERSION,
    languageCode: LANGUAGE_CODE,
    uniqueName: config.solution.uniqueName,
    displayName: config.solution.displayName,
    description: config.solution.description || null,
    version: config.solution.version,
    managed,
    publisher: { ...config.publisher, description: config.publisher.description || null },
    addressNumbers: [1, 2],
    rootComponents: roots,
  };
}

export function connectionReferenceView(r: SolutionConnectionReference) {
  return {
    logicalName: r.logicalName,
    displayName: r.displayName,
    connectorId: `/providers/Microsoft.PowerApps/apis/${r.connector}`,
    customConnectorId: r.customConnector ? connectorIdOf(r.customConnector) : null,
    description: r.description || null,
  };
}

export function customizationsView(config: SolutionConfig, flows: PackagedFlow[], parts: PackageParts | undefined, declaration: boolean) {
  return {
    declaration,
    languageCode: LANGUAGE_CODE,
    // Unpacked, the workflows and producer sections live in their own files (parts undefined, flows empty).
    sections: {
      Entities: parts?.sections.Entities ?? null,
      EntityRelationships: parts?.sections.EntityRelationships ?? null,
      optionsets: parts?.sections.optionsets ?? null,
      Connectors: parts?.sections.Connectors ?? null,
    },
    workflows: flows.map((f) => workflowView(f, false)),
    connectionReferences: [...config.connectionReferences]
      .sort((a, b) => ordinal(a.logicalName, b.logicalName))
      .map(connectionReferenceView),
  };
}

/** The default value as Dataverse stores it: Booleans as yes/no, JSON as text. */
export function envDefaultText(e: SolutionEnvironmentVariable): string | undefined {
  const d = e.defaultValue as unknown;
  if (d === undefined || d === null) return undefined;
  if (e.type === 'Boolean') return d === true || d === 'yes' || d === 'true' ? 'yes' : 'no';
  if (typeof d === 'object') return JSON.stringify(d);
  return String(d);
}

export function environmentVariableView(e: SolutionEnvironmentVariable) {
  const defaultValue = envDefaultText(e);
  return {
    schemaName: e.schemaName,
    hasDefault: defaultValue !== undefined,
    defaultValue: defaultValue ?? '',
    description: e.description || null,
    displayName: e.displayName,
    introducedVersion: e.introducedVersion ?? INTRODUCED_VERSION,
    isRequired: e.isRequired ? 1 : 0,
    typeCode: ENV_TYPE_CODES[e.type],
    languageCode: LANGUAGE_CODE,
  };
}
