// GUID spellings as real exports have them.
const HEX = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ANY = new RegExp(`^\\{?${HEX}\\}?$`, 'i');
const BRACED = new RegExp(`^\\{${HEX}\\}$`);
const PLAIN = new RegExp(`^${HEX}$`);

/** Why `value` is not spelt as `{lower-case}` (XML attributes), or undefined when it is. */
export function bracedProblem(value: string): string | undefined {
  if (!ANY.test(value)) return `'${value}' is not a GUID`;
  return BRACED.test(value) ? undefined : `'${value}' must be a lower-case GUID in braces, as exports write it`;
}

/** Why `value` is not spelt as bare lower case (element text such as <connectorid>), or undefined. */
export function plainProblem(value: string): string | undefined {
  if (!ANY.test(value)) return `'${value}' is not a GUID`;
  return PLAIN.test(value) ? undefined : `'${value}' must be a lower-case GUID without braces, as exports write it`;
}

export const isGuid = (value: string) => ANY.test(value);
export const bareLower = (value: string) => value.replace(/[{}]/g, '').toLowerCase();
