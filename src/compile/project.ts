// The project facts flows compile against: environment variables and connection references.
import type { ConnectorApi } from '../dsl';

export interface EnvironmentVariableDefinition {
  schemaName: string;
  displayName: string;
  type: 'String' | 'Boolean' | 'Number' | 'JSON';
  defaultValue?: string | number | boolean;
  description?: string;
}

export interface ConnectionReferenceDefinition {
  logicalName: string;
  displayName: string;
  /** The connector's `api.name`, e.g. `shared_commondataserviceforapps`. */
  connector: string;
}

export interface ProjectModel {
  environmentVariables: EnvironmentVariableDefinition[];
  connectionReferences: ConnectionReferenceDefinition[];
}

/** Workflow parameter types of environment variable types (`String`, `Bool`, `Int`/`Float`, `Object`). */
export function parameterType(def: EnvironmentVariableDefinition): string {
  switch (def.type) {
    case 'Boolean':
      return 'Bool';
    case 'Number':
      return Number.isInteger(Number(def.defaultValue ?? 0)) ? 'Int' : 'Float';
    case 'JSON':
      return 'Object';
    default:
      return 'String';
  }
}

export function parameterDefault(def: EnvironmentVariableDefinition): unknown {
  if (def.type === 'Boolean') return def.defaultValue === true || def.defaultValue === 'yes' || def.defaultValue === 'true';
  if (def.type === 'Number') return Number(def.defaultValue ?? 0);
  if (def.type === 'JSON') return typeof def.defaultValue === 'string' ? JSON.parse(def.defaultValue) : (def.defaultValue ?? {});
  return def.defaultValue === undefined ? '' : String(def.defaultValue);
}

export const apiOf = (ref: ConnectionReferenceDefinition): ConnectorApi => ({ name: ref.connector });
