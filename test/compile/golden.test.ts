// One golden file per flow of flows-src/: any change to a compiled flow shows up as a reviewed diff.
// Refresh after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/compile/golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAll, loadFlows } from '../../src/compile/build';
import { formatProblem } from '../../src/compile/problem';
import { formatJson } from '../../src/compile/format';
import { loadSolutionConfig } from '../../src/solution/config';

const root = join(__dirname, '..', '..');
const goldenDir = join(root, 'test', 'golden');

describe('golden flows', async () => {
  const project = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const loaded = await loadFlows(join(root, 'flows-src'), root);
  const { compiled, problems } = compileAll(loaded.flows, project);

  it('every flow in flows-src compiles', () => {
    expect([...loaded.problems, ...problems].map(formatProblem)).toEqual([]);
    expect(compiled.length).toBe(loaded.flows.length);
    expect(compiled.length).toBeGreaterThan(0);
  });

  for (const c of compiled) {
    const file = loaded.flows.find((f) => f.flow === c.flow)!.file.replace(/^flows-src\//, '').replace(/\.flow\.ts$/, '.json');
    it(`${file} matches its golden file`, async () => {
      const text = await formatJson(c.clientdata);
      const golden = join(goldenDir, file);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
      expect(existsSync(golden), `missing ${golden}; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
