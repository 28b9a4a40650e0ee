// The linter on real exported flows (MIT reference data in ../shared, read in place): no crash, every finding
// located and from a known rule, and the wrapped build checks silent, as they are on these valid exports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, lintWorkflows, readLintInputs } from '../../src/lint';
import { ROOT } from './helpers';

const SHARED = join(ROOT, '..', 'shared');
const TARGETS = [join(SHARED, 'flow-examples'), join(SHARED, 'solution-examples')].filter((p) => existsSync(p));
const BUILD_CHECKS = ['run-after', 'unique-names', 'variable-init', 'expression', 'connection-declared'];

describe.skipIf(!TARGETS.length)(`lint on real exports${TARGETS.length ? '' : ` (skipped: ${SHARED} is absent)`}`, () => {
  it('reads and lints every exported flow without crashing', async () => {
    const { flows, problems } = await readLintInputs(TARGETS, ROOT);
    expect(problems).toEqual([]);
    expect(flows.length).toBeGreaterThanOrEqual(4);
    const findings = lintWorkflows(flows);
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const f of findings) {
      expect(ids.has(f.rule)).toBe(true);
      expect(flows.some((x) => x.name === f.flow)).toBe(true);
      expect(f.file).toMatch(/\.json$/);
      expect(f.line).toBeGreaterThan(0);
    }
    expect(findings.filter((f) => BUILD_CHECKS.includes(f.rule)).map((f) => `${f.flow} ${f.path}: ${f.message}`)).toEqual([]);
  });

  it('the approvals-kit OOF flow: a filtered update trigger that writes another table is no loop', async () => {
    const file = join(SHARED, 'flow-examples', 'dataverse-connector', 'powercat-business-approvals-kit', 'BACoreApproverOOF-C5C9A675-66D0-EC11-A7B5-0022486DDAB5.json');
    const { flows } = await readLintInputs([file], ROOT);
    const rules = lintWorkflows(flows).map((f) => f.rule);
    expect(rules).not.toContain('dataverse-trigger-unfiltered');
    expect(rules).not.toContain('self-update-loop');
  });
});
