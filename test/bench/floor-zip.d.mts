export function zipTree(dir: string, out: string): Promise<void>;
