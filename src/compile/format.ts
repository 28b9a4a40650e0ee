import prettier from 'prettier';

/** Stable, pretty JSON: 2-space indentation, prettier's JSON layout, trailing newline. */
export async function formatJson(value: unknown): Promise<string> {
  return prettier.format(JSON.stringify(value, null, 2), { parser: 'json', printWidth: 120 });
}
