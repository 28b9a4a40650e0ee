// `$name` references: whole-value substitution keeps the captured type, `${name}` interpolates, `$$` escapes.
import { describe, expect, it } from 'vitest';
import { Refs, UnknownReference, referencesIn } from '../../../src/sim/scenario';

describe('scenario references', () => {
  const refs = new Refs();
  refs.define('r1', '7732f0fd-7cad-5b24-b73e-e4736ada9060');
  refs.define('n', 5);

  it('replaces a whole `$name` value by the captured value, keeping its type', () => {
    expect(refs.resolve({ id: '$r1', count: '$n', list: ['$n', 'x'] })).toEqual({
      id: '7732f0fd-7cad-5b24-b73e-e4736ada9060',
      count: 5,
      list: [5, 'x'],
    });
  });

  it('interpolates `${name}` inside a longer string and reads `$$` as a literal dollar', () => {
    expect(refs.resolve('/accounts(${r1})')).toBe('/accounts(7732f0fd-7cad-5b24-b73e-e4736ada9060)');
    expect(refs.resolve('$$top')).toBe('$top');
    expect(refs.resolve('costs $5')).toBe('costs $5');
  });

  it('never substitutes keys', () => {
    expect(refs.resolve({ $r1: 1 })).toEqual({ $r1: 1 });
  });

  it('fails on an unknown reference, naming the known ones', () => {
    expect(() => refs.resolve({ a: ['$o9'] })).toThrow(UnknownReference);
    expect(() => refs.resolve('$o9')).toThrow('unknown reference $o9 (known: $r1, $n)');
  });

  it('lists the references a value uses, with their paths', () => {
    expect(referencesIn({ where: { id: '$r1' }, ops: [{ value: 'x ${n}' }] }, ['expect'])).toEqual([
      { name: 'r1', path: ['expect', 'where', 'id'] },
      { name: 'n', path: ['expect', 'ops', 0, 'value'] },
    ]);
  });
});
