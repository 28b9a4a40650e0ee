import { layoutJson } from '../solution/json-layout';

/** Stable, pretty JSON: 2-space indentation, prettier's JSON layout, trailing newline. The reference layout. */
export async function formatJson(value: unknown): Promise<string> {
  // Loaded on first use: prettier costs hundreds of milliseconds to load, and layoutJson usually spares it.
  const { default: prettier } = await import('prettier');
  return prettier.format(JSON.stringify(value, null, 2), { parser: 'json', printWidth: 120 });
}

/** formatJson's bytes: layoutJson gives them without prettier (~6 ms a flow) and declines where it cannot match them. */
export async function prettyJson(value: unknown): Promise<string> {
  return layoutJson(value) ?? formatJson(value);
}
