// Shared helpers for the packaging tests: the project's package in memory, zips read back, broken copies.
import { join } from 'node:path';
import yauzl from 'yauzl';
import { compileAll, loadFlows } from '../../src/compile/build';
import { formatJson } from '../../src/compile/format';
import { type SolutionConfig, loadSolutionConfig } from '../../src/solution/config';
import { type OutFile, type SolutionPackage, packageSolution } from '../../src/solution/package';
import { connectorIdOf } from '../../src/solution/names';
import { type PackageParts, fromConnectors } from '../../src/solution/parts';
import type { SolutionSource } from '../../src/solution/validate';
import type { PackagedFlow } from '../../src/solution/views';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'scripts', 'cosell.mjs');

export const projectConfig = (): SolutionConfig => loadSolutionConfig(join(ROOT, 'solution-template', 'solution.yaml'));

/** The project's flows compiled and formatted as the build writes them. */
export async function projectFlows(config: SolutionConfig = projectConfig()): Promise<PackagedFlow[]> {
  const { flows } = await loadFlows(join(ROOT, 'flows-src'), ROOT);
  const { compiled, problems } = compileAll(flows, config);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return Promise.all(
    compiled.map(async (c) => ({ displayName: c.flow.displayName, workflowId: c.workflowId, json: await formatJson(c.clientdata) })),
  );
}

/** Minimal stand-ins for the custom connectors solution.yaml's connection references name (the real ones come from src/solution/connectors/). */
export function stubConnectors(config: SolutionConfig): PackageParts {
  const names = config.connectionReferences.flatMap((r) => (r.customConnector ? [r.customConnector] : []));
  return fromConnectors({
    rootComponents: names.map((name) => ({ type: 372, id: `{${connectorIdOf(name)}}`, schemaName: name, behavior: 0 })),
    connectorsXml: names
      .map((name) =>
        [
          '<Connector>',
          `  <connectorid>${connectorIdOf(name)}</connectorid>`,
          `  <name>${name}</name>`,
          `  <openapidefinition>/Connector/${name}_openapidefinition.json</openapidefinition>`,
          '</Connector>',
        ].join('\n'),
      )
      .join('\n'),
    files: names.flatMap((name) => [
      {
        unpackedPath: `Connectors/${name}.xml`,
        content: `<Connector>\n  <connectorid>${connectorIdOf(name)}</connectorid>\n  <name>${name}</name>\n  <openapidefinition>/Connector/${name}_openapidefinition.json</openapidefinition>\n</Connector>`,
      },
      { unpackedPath: `Connectors/${name}_openapidefinition.json`, packedPath: `Connector/${name}_openapidefinition.json`, content: '{}' },
    ]),
  });
}

/** The project's solution in memory (with stand-in connectors unless `parts` is given). */
export async function projectPackage(parts?: PackageParts): Promise<SolutionPackage> {
  const config = projectConfig();
  return packageSolution({ config, flows: await projectFlows(config), parts: parts ?? stubConnectors(config) });
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  isDirectory: boolean;
  lastModDate: number;
  lastModTime: number;
  compressionMethod: number;
}

export function readZipBuffer(buffer: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out: ZipEntry[] = [];
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (se, stream) => {
          if (se || !stream) return reject(se);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({
              name: e.fileName,
              data: Buffer.concat(chunks),
              isDirectory: e.fileName.endsWith('/'),
              lastModDate: e.lastModFileDate,
              lastModTime: e.lastModFileTime,
              compressionMethod: e.compressionMethod,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** An in-memory packed or unpacked source of `files`, for validating edited copies. */
export function sourceOf(files: OutFile[], layout: 'packed' | 'unpacked' = 'packed'): SolutionSource {
  return { origin: 'test', layout, files: new Map(files.map((f) => [f.path, f.data])), findings: [] };
}

/** A copy of `files` with one file's text edited (or the file removed when `edit` returns undefined). */
export function edited(files: OutFile[], path: string | RegExp, edit: (text: string) => string | undefined): OutFile[] {
  const match = (p: string) => (typeof path === 'string' ? p === path : path.test(p));
  if (!files.some((f) => match(f.path))) throw new Error(`no file matches ${path}`);
  return files.flatMap((f) => {
    if (!match(f.path)) return [f];
    const text = edit(f.data.toString('utf8'));
    return text === undefined ? [] : [{ path: f.path, data: Buffer.from(text, 'utf8') }];
  });
}

export const text = (files: OutFile[], path: string | RegExp): string => {
  const f = files.find((x) => (typeof path === 'string' ? x.path === path : path.test(x.path)));
  if (!f) throw new Error(`no file ${path}`);
  return f.data.toString('utf8');
};
