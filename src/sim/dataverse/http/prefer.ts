// The Prefer request header: `return=representation`, `odata.include-annotations="…"` (others ignored).

export interface Preferences {
  representation: boolean;
  /** The include-annotations value, unquoted (`*`, `OData.Community.Display.V1.FormattedValue`…). */
  annotations?: string;
}

export function parsePrefer(header: string | undefined): Preferences {
  const out: Preferences = { representation: false };
  for (const part of splitOutsideQuotes(header ?? '')) {
    const [name = '', ...rest] = part.split('=');
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    const key = name.trim().toLowerCase();
    if (key === 'return' && value === 'representation') out.representation = true;
    if (key === 'odata.include-annotations') out.annotations = value;
  }
  return out;
}

/** The Preference-Applied header for what was honoured. */
export function appliedPreferences(p: Preferences, returned: boolean): string | undefined {
  const applied = [
    returned && p.representation ? 'return=representation' : '',
    p.annotations ? `odata.include-annotations="${p.annotations}"` : '',
  ];
  return applied.filter(Boolean).join(',') || undefined;
}

function splitOutsideQuotes(s: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) (parts.push(current), (current = ''));
    else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
