// The generated connector files against Microsoft's Power Platform connector schemas (draft-04 Swagger 2.0 +
// x-ms-* extensions; paconn apiProperties). Reference data in ../shared, so skipped when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import { apiPropertiesOf, swaggerOf } from '../../src/compile/swagger';
import { SCHEMAS, SHARED, errorLines, parseJsonc, referenceValidators } from './support/reference-schemas';

const settings = { clientId: '6a1f3c2e-0b7d-4e59-9c1a-2f8e4d6b7a90', tenantId: 'common' };
const present = existsSync(join(SCHEMAS, 'apiDefinition.swagger.schema.json'));

describe.skipIf(!present)('connector files against the Power Platform connector schemas (needs ../shared/reference)', () => {
  const v = present ? referenceValidators() : undefined!;

  it('the schemas accept the certified Partner Center Referrals connector (the validator works)', () => {
    const dir = join(SHARED, 'reference', 'partner-center-referrals-connector');
    const swagger = parseJsonc(readFileSync(join(dir, 'apiDefinition.swagger.json'), 'utf8'));
    const props = parseJsonc(readFileSync(join(dir, 'apiProperties.json'), 'utf8'));
    expect(v.apiDefinition(swagger), errorLines(v.apiDefinition).join('\n')).toBe(true);
    expect(v.apiProperties(props), errorLines(v.apiProperties).join('\n')).toBe(true);
  });

  it('the schemas reject what Power Platform rejects (OpenAPI 3, a bad x-ms-visibility)', () => {
    const doc = swaggerOf(connectorModels[0]!) as any;
    expect(v.apiDefinition({ ...doc, swagger: '3.0' })).toBe(false);
    const op = doc.paths['/referrals'].get;
    const bad = { ...doc, paths: { '/referrals': { get: { ...op, 'x-ms-visibility': 'hidden' } } } };
    expect(v.apiDefinition(bad)).toBe(false);
    expect(errorLines(v.apiDefinition).join('\n')).toContain('/paths/~1referrals/get/x-ms-visibility');
  });

  it.each(connectorModels.map((m) => [m.identity.name, m] as const))('%s: apiDefinition.swagger.json validates', (_, model) => {
    expect(v.apiDefinition(swaggerOf(model)), errorLines(v.apiDefinition).join('\n')).toBe(true);
  });

  it.each(connectorModels.map((m) => [m.identity.name, m] as const))('%s: apiProperties.json validates', (_, model) => {
    expect(v.apiProperties(apiPropertiesOf(model, settings)), errorLines(v.apiProperties).join('\n')).toBe(true);
  });
});
