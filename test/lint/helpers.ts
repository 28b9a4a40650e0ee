// Shared helpers of the lint tests: fixture paths, reading and linting them, inline workflow JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LintFinding, type LintFlow, lintFlow, lintWorkflows, readLintInputs } from '../../src/lint';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(__dirname, 'fixtures');

type JsonObject = Record<string, any>; // workflow JSON is untyped by nature

/** `test/lint/fixtures/<rule>/<kind>.json`, or the folder `<kind>/` for rules about several flows. */
export function fixturePath(rule: string, kind: 'good' | 'bad'): string {
  const file = join(FIXTURES, rule, `${kind}.json`);
  return existsSync(file) ? file : join(FIXTURES, rule, kind);
}

export async function readFixture(rule: string, kind: 'good' | 'bad'): Promise<LintFlow[]> {
  const { flows, problems } = await readLintInputs([fixturePath(rule, kind)], ROOT);
  if (problems.length) throw new Error(problems.join('\n'));
  return flows;
}

export const lintFixture = async (rule: string, kind: 'good' | 'bad'): Promise<LintFinding[]> => lintWorkflows(await readFixture(rule, kind));

/** A flow from clientdata JSON held in memory. */
export const inlineFlow = (name: string, json: JsonObject, workflowId?: string): LintFlow =>
  lintFlow({ name, ...(workflowId ? { workflowId } : {}), properties: json.properties, origin: { file: `${name}.json`, text: JSON.stringify(json, null, 2) } });

/** A deep copy, to vary a fixture in one test. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
