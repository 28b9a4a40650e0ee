// solution.yaml's `connectors:` section and the connection references to the custom connectors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import { loadConnectorSettings } from '../../src/compile/swagger';
import { ConfigError, loadSolutionConfig } from '../../src/solution/config';

const SOLUTION_YAML = join(__dirname, '..', '..', 'solution-template', 'solution.yaml');
const original = readFileSync(SOLUTION_YAML, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cosell-connectors-'));

/** solution.yaml with one edit; returns its path. */
function edited(name: string, edit: (text: string) => string): string {
  const file = join(dir, `${name}.yaml`);
  const text = edit(original);
  expect(text, 'the edit changed nothing').not.toBe(original);
  writeFileSync(file, text);
  return file;
}

function configError(file: string): ConfigError {
  try {
    loadConnectorSettings(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('the settings were accepted');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('connector settings in solution.yaml', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("reads the project's settings; solution.yaml's references name the connectors as the models derive them", () => {
    expect(loadConnectorSettings(SOLUTION_YAML)).toEqual({
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tenantId: 'common',
    });
    const refs = loadSolutionConfig(SOLUTION_YAML).connectionReferences;
    for (const m of connectorModels) {
      expect(refs.filter((r) => r.connector === m.identity.api.name).map((r) => r.customConnector)).toEqual([
        m.identity.logicalName,
      ]);
    }
  });

  it('locates a client id that is not a GUID', () => {
    const file = edited('bad-client', (t) => t.replace(/clientId: .*/, 'clientId: my-app'));
    const e = configError(file);
    expect(e.message).toBe(
      `${file}:${lineOf(readFileSync(file, 'utf8'), 'clientId:')}: connectors.clientId: must be the app registration's application (client) id, a GUID (got "my-app")`,
    );
  });

  it('asks for the connectors section when it is missing', () => {
    const file = edited('no-connectors', (t) => t.replace(/\nconnectors:\n(  .*\n)+/, '\n'));
    expect(configError(file).message).toContain("missing 'connectors' with clientId");
  });

  it('rejects a tenant that is not common, organizations, a GUID or a domain', () => {
    const file = edited('bad-tenant', (t) => t.replace('tenantId: common', 'tenantId: my tenant'));
    expect(configError(file).message).toContain('connectors.tenantId: must be');
  });

  it('locates a connection reference whose api name is not the one the connector derives', () => {
    const file = edited('bad-api-name', (t) =>
      t.replace(connectorModels[0]!.identity.api.name, 'shared_cosell-5fpartnercenterref'),
    );
    const e = configError(file);
    expect(e.message).toContain(
      `:${lineOf(readFileSync(file, 'utf8'), 'connector: shared_cosell-5fpartnercenterref\n'.trim())}: connectionReferences[1].connector: must be ${connectorModels[0]!.identity.api.name}`,
    );
  });

  it('rejects a publisher prefix other than the connectors', () => {
    const file = edited('bad-prefix', (t) => t.replace('prefix: cosell', 'prefix: other'));
    expect(configError(file).message).toContain("publisher.prefix: differs from the connectors' prefix 'cosell'");
  });
});
