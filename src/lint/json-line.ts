// Best-effort line numbers in a workflow JSON text: follow the keys of a finding's path in document order.

/** Offset just after `"key"` followed by a colon, at or after `from`; -1 when absent. */
function keyAfter(text: string, key: string, from: number): number {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted, from); at >= 0; at = text.indexOf(quoted, at + 1)) {
    const end = at + quoted.length;
    if (/^\s*:/.test(text.slice(end, end + 16))) return end;
  }
  return -1;
}

const KEYS: Array<[RegExp, (rest: string) => string[]]> = [
  [/^triggers\/(.*)$/, (rest) => ['definition', 'triggers', rest]],
  [/^connectionReferences\/(.*)$/, (rest) => ['connectionReferences', rest]],
  [/^parameters\/(.*)$/, (rest) => ['definition', 'parameters', rest]],
];

/** The 1-based line of a finding at `path` (action path, `triggers/x`, ...), or undefined without text. */
export function lineOfPath(text: string | undefined, path: string | undefined): number | undefined {
  if (!text) return undefined;
  let keys = ['definition', 'triggers'];
  if (path) {
    const special = KEYS.map(([re, f]) => [re.exec(path), f] as const).find(([m]) => m);
    keys = special ? special[1](special[0]![1]!) : ['definition', 'actions', ...path.split('/')];
  }
  let at = 0;
  for (const key of keys) {
    const found = keyAfter(text, key, at);
    if (found >= 0) at = found; // a key that is not there (a bare definition has no "definition") is skipped
  }
  return text.slice(0, at).split('\n').length;
}
