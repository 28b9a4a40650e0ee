// The build marks the bytes of the flows it compiled, whose whole-flow checks already ran: validation skips those
// checks for exactly those Buffers. The same text in any other Buffer — an edited or re-read file — is checked.
import { describe, expect, it } from 'vitest';
import { errorsOf, formatFinding, validateSource } from '../../src/solution/validate';
import { markPrechecked } from '../../src/solution/validate/checks/flow-json';
import { edited, projectPackage, sourceOf } from './helpers';

describe('workflow files the build already checked', async () => {
  const pkg = await projectPackage();
  // An expression that does not parse: the whole-flow checks report it, the envelope checks do not.
  const broken = edited(pkg.unmanaged, /^Workflows\/.*\.json$/, (t) => t.replace('"@', '"@concat(('));
  const entry = broken.find(
    (f) => /^Workflows\/.*\.json$/.test(f.path) && f.data.toString('utf8').includes('@concat(('),
  )!;
  const errors = (files: typeof broken) => errorsOf(validateSource(sourceOf(files))).map((f) => formatFinding(f));

  it('are checked as any other file until marked', () => {
    expect(errors(broken).some((e) => e.startsWith(`error: ${entry.path}:`))).toBe(true);
  });

  it('skip the whole-flow checks for the marked Buffer only', () => {
    const copy = broken.map((f) => (f === entry ? { ...f, data: Buffer.from(f.data) } : f));
    markPrechecked(entry.data);
    expect(errors(broken).filter((e) => e.startsWith(`error: ${entry.path}:`))).toEqual([]);
    expect(errors(copy).some((e) => e.startsWith(`error: ${entry.path}:`))).toBe(true);
  });
});
