// Mistakes TypeScript must catch in flow code: each fixture line marked `// error: <text>` must fail to type-check
// with that text, on that line, and nowhere else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const dir = join(root, 'test', 'fixtures', 'type-errors');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

describe('type errors in flow code', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  })!;
  const program = ts.createProgram(files.map((f) => join(dir, f)), config.options);

  for (const name of files) {
    it(`${name} does not compile, for the marked reason`, () => {
      const file = join(dir, name);
      const lines = readFileSync(file, 'utf8').split('\n');
      const marked = lines.findIndex((l) => l.includes('// error: '));
      const expected = lines[marked]!.split('// error: ')[1]!.trim();
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
      const found = diagnostics.map((d) => ({
        line: d.file!.getLineAndCharacterOfPosition(d.start!).line,
        text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
      expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
      expect(found.every((d) => d.line === marked), JSON.stringify(found)).toBe(true);
      expect(found.some((d) => d.text.includes(expected)), JSON.stringify(found)).toBe(true);
    });
  }
});
