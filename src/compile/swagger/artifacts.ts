// Generates, checks and writes each connector's paconn files: dist/connectors/<name>/apiDefinition.swagger.json
// and apiProperties.json. Any problem stops the build with every located message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from '../../dsl';
import type { ConnectorModel } from '../../../connector/model/connector';
import { connectorModels } from '../../../connector';
import { prettyJson } from '../format';
import { apiPropertiesOf } from './api-properties';
import type { ConnectorSettings } from './settings';
import { swaggerOf } from './swagger';
import { ConnectorError, type ConnectorProblem, checkApiProperties, checkSwagger } from './validate';

type JsonObject = { [key: string]: Json };

export interface ConnectorArtifacts {
  model: ConnectorModel;
  swagger: JsonObject;
  apiProperties: JsonObject;
}

/** Every connector's swagger and apiProperties, checked; throws a ConnectorError listing all problems. */
export function connectorArtifacts(
  settings: ConnectorSettings,
  models: readonly ConnectorModel[] = connectorModels,
): ConnectorArtifacts[] {
  const problems: ConnectorProblem[] = [];
  const out: ConnectorArtifacts[] = [];
  const names = new Map<string, string>();
  for (const model of models) {
    const where = { file: model.source, connector: model.identity.logicalName };
    if (names.has(model.identity.logicalName))
      problems.push({ ...where, at: 'identity', message: `same name as ${names.get(model.identity.logicalName)}` });
    names.set(model.identity.logicalName, model.source);
    let swagger: JsonObject;
    try {
      swagger = swaggerOf(model);
    } catch (e) {
      problems.push({ ...where, at: 'apiDefinition', message: (e as Error).message });
      continue;
    }
    const apiProperties = apiPropertiesOf(model, settings);
    for (const p of [...checkSwagger(swagger), ...checkApiProperties(apiProperties, swagger)]) problems.push({ ...where, ...p });
    out.push({ model, swagger, apiProperties });
  }
  if (problems.length) throw new ConnectorError(problems);
  return out;
}

/** Writes `<outDir>/connectors/<name>/{apiDefinition.swagger.json,apiProperties.json}`; returns the paths written. */
export async function writeConnectorArtifacts(outDir: string, settings: ConnectorSettings): Promise<string[]> {
  const written: string[] = [];
  for (const a of connectorArtifacts(settings)) {
    const dir = join('connectors', a.model.identity.name);
    mkdirSync(join(outDir, dir), { recursive: true });
    for (const [file, json] of [
      ['apiDefinition.swagger.json', a.swagger],
      ['apiProperties.json', a.apiProperties],
    ] as const) {
      writeFileSync(join(outDir, dir, file), await prettyJson(json));
      written.push(join(dir, file));
    }
  }
  return written;
}
