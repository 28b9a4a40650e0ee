// The standalone validators of solution.yaml and dataverse.yaml are generated from their schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderValidators } from '../../../src/solution/schema/validators-codegen';

describe('standalone schema validators', () => {
  const rendered = renderValidators();

  it('are up to date with config-schema.ts, yaml-schema.ts and ajv', async () => {
    const files = await rendered;
    expect(files).toHaveLength(4);
    // Refresh with: npx tsx src/solution/schema/validators-codegen.ts
    for (const f of files) expect(readFileSync(f.file, 'utf8'), f.file).toBe(f.text);
  });

  it('load only ajv runtime helpers, never ajv itself', async () => {
    for (const { file, text } of await rendered) {
      const loads = [...text.matchAll(/(?:require\(|from )'([^']+)'/g)].map((m) => m[1]!);
      const allowed = file.endsWith('.d.ts') ? /^ajv$/ : /^(node:module|ajv\/dist\/runtime\/\w+)$/;
      for (const m of loads) expect(m, file).toMatch(allowed);
    }
  });
});
