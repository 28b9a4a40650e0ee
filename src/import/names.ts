// Names in generated code: identifiers, display names that give back the exported action keys, file names.
import { actionKey } from '../dsl';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async of any unknown never ' +
    'undefined NaN Infinity arguments eval'
  ).split(' '),
);

/** Identifiers the generated module itself uses (imports, callback parameters). */
const TAKEN = [
  ...['$', 'f', 'b', 'flow', 'childFlow', 'env', 's', 'table', 'operation', 'input', 'manual', 'http', 'recurrence'],
  ...['dataverseRow', 'rawTrigger', 'dataverseApi', 'ConnectorApi'],
];

/** Hands out unique, valid identifiers within one generated module. */
export class Identifiers {
  private readonly used = new Set<string>(TAKEN);

  /** A camelCase identifier from any text, unique in the module. */
  take(text: string, fallback = 'value'): string {
    const words = text
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    let id = words.map((w, i) => (i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1))).join('');
    if (!id || /^\p{N}/u.test(id)) id = fallback + (id ? id[0]!.toUpperCase() + id.slice(1) : '');
    if (RESERVED.has(id)) id = `${id}_`;
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}${n}`;
    this.used.add(unique);
    return unique;
  }
}

/**
 * The display name to write for an exported action key: spaces for underscores when that gives the key back
 * (the designer made the key from a display name that way), else the key itself.
 */
export function displayNameOf(key: string): string {
  const spaced = key.replace(/_/g, ' ');
  try {
    if (!/__|^_|_$|\s/.test(key) && actionKey(spaced) === key) return spaced;
  } catch {
    // fall through: the key as it is
  }
  return key;
}

/** Whether the DSL accepts this key as an action or trigger name. */
export function isValidKey(key: string): boolean {
  try {
    return actionKey(key) === key;
  } catch {
    return false;
  }
}

/** `<kebab-case>.flow.ts` from a flow's display name, unique among `taken`. */
export function flowFileName(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'flow';
  let file = `${base}.flow.ts`;
  for (let n = 2; taken.has(file); n++) file = `${base}-${n}.flow.ts`;
  taken.add(file);
  return file;
}
