// GUID checks without regular expressions (the Workflow Definition Language has none).
import { $, type Ref, type Value } from '../../src/dsl';
import { text } from './expr';

const HEX = '0123456789abcdef';

/** True when the value is a GUID in its 36-character form (8-4-4-4-12 hexadecimal digits). */
export function isGuid(value: Value<string | null | undefined>): Ref<boolean> {
  const s = $.toLower(text(value));
  // Every character left once the dashes and hexadecimal digits are removed is an intruder.
  const rest = HEX.split('').reduce((acc, c) => $.replace(acc, c, ''), $.replace(s, '-', ''));
  return $.and(
    $.equals($.length(s), 36),
    ...[8, 13, 18, 23].map((i) => $.equals($.substring(s, i, 1), '-')),
    $.empty(rest),
  );
}
