// `cosell eval`, run as users run it: node scripts/cosell.mjs eval ...
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function cosell(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'cosell.mjs'), 'eval', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cosell eval', { timeout: 60_000 }, () => {
  it('prints the result of an expression or a template as JSON and exits 0', () => {
    expect(cosell(["@concat('a', 'b')"])).toEqual({ status: 0, stdout: '"ab"\n', stderr: '' });
    expect(cosell(["Hi @{toUpper('x')}"]).stdout).toBe('"Hi X"\n');
    expect(cosell(['@createArray(1, 2.5, true, null)']).stdout).toBe('[1,2.5,true,null]\n');
  });

  it('reads trigger outputs, actions, variables, loops and the clock from --context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-eval-'));
    const file = join(dir, 'context.json');
    writeFileSync(
      file,
      JSON.stringify({
        trigger: { outputs: { body: { SdkMessage: 'Update' } } },
        actions: { Get_rows: { outputs: { body: { value: [{ name: 'r1' }] } } } },
        variables: { count: 2 },
        parameters: { env: 'prod' },
        loops: [{ name: 'Each', item: { name: 'Contoso' }, index: 0 }],
        now: '2024-02-29T10:00:00Z',
      }),
    );
    const value =
      "@{triggerOutputs()?['body/SdkMessage']} @{first(outputs('Get_rows')?['body/value'])?['name']} @{items('Each')?['name']} " +
      "@{add(variables('count'), 1)} @{parameters('env')} @{utcNow('yyyy-MM-dd')}";
    expect(cosell([value, '--context', file])).toEqual({ status: 0, stdout: '"Update r1 Contoso 3 prod 2024-02-29"\n', stderr: '' });
  });

  it('exits 1 with a located message on stderr for evaluation and parse errors', () => {
    const failed = cosell(["@concat('a', int('x'))"]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(
      "InvalidTemplate at position 13: The template language function 'int' was invoked with a parameter that is not valid.",
    );
    expect(failed.stderr).toContain("  @concat('a', int('x'))\n               ^");
    const unparsable = cosell(["@concat('a'"]);
    expect(unparsable.status).toBe(1);
    expect(unparsable.stderr).toContain("InvalidTemplate at position 11: Unable to parse template language expression 'concat('a''");
  });

  it('exits 1 without a value, or with an unreadable context', () => {
    expect(cosell([]).status).toBe(1);
    const missing = cosell(['@utcNow()', '--context', join(root, 'no-such-file.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the context');
  });

  it('--jsonl evaluates one {"value", "context"} per line, answering in order', () => {
    const lines = [
      { value: '@add(1, 2)' },
      { value: "@variables('x')", context: { variables: { x: [1] } } },
      { value: "@int('x')" },
      { value: 'plain text' },
    ].map((line) => JSON.stringify(line));
    const run = cosell(['--jsonl'], [...lines, '', 'not json'].join('\n') + '\n');
    expect(run.status).toBe(0);
    const answers = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { result?: unknown; error?: string });
    expect(answers.slice(0, 2)).toEqual([{ result: 3 }, { result: [1] }]);
    expect(answers[2]!.error).toMatch(/^InvalidTemplate at position 1: The template language function 'int'/);
    expect(answers[3]).toEqual({ result: 'plain text' });
    expect(answers[4]!.error).toBeDefined();
    expect(answers).toHaveLength(5);
  });
});
