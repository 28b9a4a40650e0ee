// Every scenario of test/scenarios runs against the flows of flows-src, compiled in-process: the sync's
// behaviours as repeatable tests (the webhook receiver end to end against both doubles, first).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowSet, compileProject, formatResult, readScenario, runScenario } from '../../../src/sim/scenario';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'test', 'scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('test/scenarios against flows-src', () => {
  let flows: FlowSet;
  beforeAll(async () => {
    flows = await compileProject(ROOT);
  }, 60_000);

  it('has the webhook receiver scenarios', () => {
    expect(files).toEqual(expect.arrayContaining(['webhook-receiver-genuine.yaml', 'webhook-receiver-forged.yaml']));
  });

  it.each(files)('%s holds', async (file) => {
    const result = await runScenario(readScenario(relative(ROOT, join(DIR, file))), flows);
    // On failure the message is the CLI's text: the diff and the failing runs' history.
    expect(result.passed, formatResult(result)).toBe(true);
  }, 60_000);
});
