// Every validation rule has a fixture flow it must reject, with the flow and the action path named.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAll } from '../../src/compile/build';
import { CompileError, formatProblem } from '../../src/compile/problem';
import { testProject } from '../support/project';

const dir = join(__dirname, '..', 'fixtures');
const fixtures = readdirSync(dir).filter((f) => /^invalid-.*\.ts$/.test(f)).sort();

describe('invalid fixtures', () => {
  it('covers every validation rule with at least 15 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of fixtures) {
    it(`rejects ${name}`, async () => {
      const mod = await import(join(dir, name));
      const file = `test/fixtures/${name}`;
      const { compiled, problems } = compileAll([{ file, flow: mod.default }], testProject);
      expect(compiled).toHaveLength(0);
      expect(problems.length).toBeGreaterThan(0);
      const match = problems.find((p) => p.message.includes(mod.expectError));
      expect(match, `expected "${mod.expectError}" in:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(match!.flow).toBe(mod.default.displayName);
      expect(match!.file).toBe(file);
      expect(match!.path).toBe(mod.expectPath);
      const text = formatProblem(match!);
      expect(text).toContain(`flow '${mod.default.displayName}'`);
      if (mod.expectPath) expect(text).toContain(`action '${mod.expectPath}'`);
    });
  }

  it('raises CompileError from compileFlow for a downstream reference, naming flow and action', async () => {
    const { compileFlow } = await import('../../src/compile/compile-flow');
    const mod = await import(join(dir, 'invalid-downstream-action.ts'));
    const error = (() => {
      try {
        compileFlow(mod.default, testProject);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CompileError);
    expect(String((error as Error).message)).toMatch(/flow 'Invalid downstream action': action 'Use_later_value'/);
  });
});
