/** `Workflows/<Name>-<GUID>.json`: the display name's letters and digits, then the upper-case GUID. */
export function workflowFileName(displayName: string, workflowId: string): string {
  const base = displayName.replace(/[^A-Za-z0-9]/g, '') || 'Flow';
  return `${base}-${workflowId.toUpperCase()}.json`;
}
