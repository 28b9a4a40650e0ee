// Names and ids: action keys the way the designer writes them, GUIDs derived from names.
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { DslError } from './errors';

/** The fixed namespace of every cosell-sync GUID (UUIDv5 of the project's name in the URL namespace). */
export const COSELL_NAMESPACE = uuidv5('https://github.com/cosell-sync', uuidv5.URL);

/** The namespace as bytes, and names as UTF-8 bytes: uuid parses neither again (a build derives thousands). */
const NAMESPACE_BYTES = parseUuid(COSELL_NAMESPACE);

export function deriveGuid(...parts: string[]): string {
  return uuidv5(Buffer.from(parts.join('\u001f'), 'utf8'), NAMESPACE_BYTES);
}

/** The designer turns a display name into an action key by replacing spaces with underscores. */
export function actionKey(displayName: string): string {
  const key = displayName.trim().replace(/\s+/g, '_');
  if (!key) throw new DslError('an action needs a non-empty name');
  if (key.length > 80) throw new DslError(`action name '${key}' is longer than the 80 characters Power Automate allows`);
  if (/[<>%&\\?/#:'"{}[\]*]/.test(key)) {
    throw new DslError(`action name '${displayName}' contains a character Power Automate rejects in action names`);
  }
  return key;
}

/**
 * Where in flow code an action or flow was declared (file:line). The stack is captured at once but read only when
 * asked — in an error message — since formatting it (through source maps, for the bundled build) is the costly part.
 */
export class SourceSite {
  private readonly trace = new Error();
  private resolved: { value: string | undefined } | undefined;

  get value(): string | undefined {
    this.resolved ??= { value: callerOf(this.trace.stack) };
    return this.resolved.value;
  }
}

function callerOf(trace: string | undefined): string | undefined {
  const stack = trace?.split('\n').slice(1) ?? [];
  for (const line of stack) {
    const m = /\(?((?:file:\/\/)?[^()\s]+\.(?:ts|js|mjs)):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    const file = m[1]!.replace(/^file:\/\//, '');
    if (/[\\/]src[\\/]dsl[\\/]/.test(file) || file.includes('node_modules')) continue;
    return `${relative(file)}:${m[2]}`;
  }
  return undefined;
}

function relative(file: string): string {
  const cwd = process.cwd().replace(/\\/g, '/') + '/';
  const f = file.replace(/\\/g, '/');
  return f.startsWith(cwd) ? f.slice(cwd.length) : f;
}
