// Our whole-flow checks must accept real, valid exported flows: any finding here is a bug in the checks
// or in the expression parser, not in the export.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkflow } from '../../src/compile/checks';
import type { Finding } from '../../src/compile/finding';
import { isObject } from './compare';
import { type JsonObject, SHARED, loadExamples, title } from './reference';

const describeFinding = (f: Finding) => `[${f.check}] ${f.path}${f.field ? ` ${f.field}` : ''}: ${f.message}`;

describe.skipIf(!existsSync(SHARED))(title('whole-flow checks on real exports'), () => {
  const examples = loadExamples();

  it('finds the real exported flows', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(`${example.id}: no findings`, () => {
      expect(checkWorkflow(example.json.properties).map(describeFinding)).toEqual([]);
    });
  }

  // Control: the same exports with one runAfter pointing nowhere and one expression naming a missing action
  // do produce findings, so "no findings" above is not the checks failing to look.
  for (const example of examples) {
    it(`${example.id}: a broken copy is reported`, () => {
      const props = JSON.parse(JSON.stringify(example.json.properties)) as JsonObject;
      const actions = props.definition.actions as Record<string, JsonObject>;
      const [name, action] = Object.entries(actions).find(([, a]) => isObject(a) && Object.keys(a.runAfter ?? {}).length)!;
      action.runAfter = { Not_an_action: ['Succeeded'] };
      actions.Broken_reference = { runAfter: { [name]: ['Succeeded'] }, type: 'Compose', inputs: "@body('Not_an_action')" };
      const found = checkWorkflow(props).map((f) => `${f.check} ${f.path}`);
      expect(found).toContain(`run-after ${name}`);
      expect(found).toContain('expressions Broken_reference');
    });
  }
});
