// The fast JSON layout equals prettier's (formatJson) byte for byte, or declines so the build falls back to it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/compile/format';
import { layoutJson } from '../../src/solution/json-layout';
import { ROOT } from './helpers';

const SHARED = path.resolve(__dirname, '../../../shared');
const HAVE = existsSync(SHARED);

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = path.join(dir, n);
      return statSync(p).isDirectory() ? jsonFiles(p) : n.endsWith('.json') ? [p] : [];
    });
}

/** Equal to prettier, or undefined (declined); never a different layout. */
async function agrees(value: unknown): Promise<boolean> {
  const fast = layoutJson(value);
  return fast === undefined || fast === (await formatJson(value));
}

const ascii = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABC_-/@()\'"\\\n\t0123456789'.split('')), maxLength: 40 });
const text = fc.oneof({ weight: 5, arbitrary: ascii }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) });
const number = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e21, 1e-7, 5e-324, 123456789012),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
    tie('numbers'),
  ),
  array: fc.array(tie('value'), { maxLength: 6 }),
  numbers: fc.array(number, { minLength: 1, maxLength: 40 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
}));

describe('JSON layout', () => {
  it('reproduces every golden flow exactly', () => {
    const dir = path.join(ROOT, 'test', 'golden');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const original = readFileSync(path.join(dir, f), 'utf8');
      expect(layoutJson(JSON.parse(original)), f).toBe(original);
    }
  });

  it.skipIf(!HAVE)(
    HAVE
      ? 'agrees with prettier on every real exported JSON'
      : `agrees with prettier on every real exported JSON (skipped: ${SHARED} is absent)`,
    async () => {
      const files = jsonFiles(SHARED);
      expect(files.length).toBeGreaterThan(0);
      let laidOut = 0;
      for (const f of files) {
        let value: unknown;
        try {
          value = JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          continue;
        }
        const fast = layoutJson(value);
        if (fast === undefined) continue;
        laidOut++;
        expect(fast, f).toBe(await formatJson(value));
      }
      expect(laidOut).toBeGreaterThan(files.length / 2);
    },
    120_000,
  );

  it('agrees with prettier on random JSON: nesting, number fills, long lines, escapes', async () => {
    await fc.assert(fc.asyncProperty(json.value, agrees), { numRuns: 400 });
  }, 120_000);

  it('agrees at the 120-column boundary', async () => {
    for (let n = 100; n <= 125; n++) {
      const item = 'x'.repeat(n - 14);
      for (const v of [
        { key: [item] },
        { key: [item], b: 1 },
        [[item]],
        { k: [1, 2, [item]] },
        { k: Array.from({ length: n }, (_, i) => i) },
      ]) {
        expect(await agrees(v), JSON.stringify(v)).toBe(true);
      }
    }
  });

  it('declines where display width is not modelled', () => {
    expect(layoutJson({ a: ['中文'] })).toBeUndefined();
    expect(layoutJson({ a: '中文' })).toBe('{\n  "a": "中文"\n}\n');
  });
});
