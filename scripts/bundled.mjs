// `cosell build` without tsx's per-module transform hooks: the CLI and the project's flows (and its mapping module,
// for docs/field-mapping.md) as one esbuild bundle, with one copy of the DSL classes. The project's modules sit in
// one output file, each evaluated only when asked for (esbuild's wrapper for a `require`d module), so a flow that
// fails to load fails alone. The bundle is cached under node_modules/.cache/cosell/ and made
// again when any file it was made from changes. Whenever this path does not apply — no flows-src/, a cache that
// cannot be written, a file esbuild cannot parse, flows built on another copy of the toolkit, COSELL_NO_BUNDLE set —
// runBundled returns false and the caller runs the TypeScript through tsx, which reports such problems in full.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const TOOLKIT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(TOOLKIT, 'node_modules', '.cache', 'cosell');
/** Bump when the bundle's shape or options change. */
const FORMAT = 3;
/** Other processes may still be importing an older bundle: it is removed only once this old. */
const STALE_MS = 10 * 60 * 1000;

/** The `--root` of `cosell build`, resolved (default: the working folder). */
function rootOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root' && args[i + 1] !== undefined) return resolve(args[i + 1]);
    if (args[i].startsWith('--root=')) return resolve(args[i].slice('--root='.length));
  }
  return resolve('.');
}

/** The project modules to bundle besides the CLI (flows, then the mapping module and its env handles), by path. */
function projectModules(root) {
  const flowsDir = join(root, 'flows-src');
  const files = readdirSync(flowsDir)
    .filter((f) => f.endsWith('.flow.ts'))
    .sort()
    .map((name) => join(flowsDir, name));
  for (const file of [join(flowsDir, 'mapping', 'index.ts'), join(flowsDir, 'common', 'env.ts')]) {
    if (existsSync(file)) files.push(file);
  }
  return files;
}

const PROJECT = 'cosell:project-modules';

/**
 * Packages the build runs, bundled with their dependencies: node then loads a few files instead of hundreds of
 * CommonJS modules. Every other package (prettier, ts-morph, esbuild, tsx, msal: off the build path, or reading files
 * next to their own code) stays an import from node_modules.
 */
const BUNDLED = new Set(['ajv', 'archiver', 'commander', 'fast-xml-parser', 'handlebars', 'uuid', 'yaml']);
const packageOf = (specifier) => specifier.match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[1];

/** esbuild plugin: the toolkit's and the project's imports of packages outside BUNDLED stay external. */
const packagesOffTheBuildPath = {
  name: 'cosell-external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace !== 'file' || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      if (args.path.startsWith('node:') || BUNDLED.has(packageOf(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** esbuild plugin: the `project` entry, a loader for each project module that evaluates it when called. */
const projectEntry = (files) => ({
  name: 'cosell-project-modules',
  setup(build) {
    build.onResolve({ filter: /^cosell:project-modules$/ }, () => ({ path: PROJECT, namespace: 'cosell' }));
    build.onLoad({ filter: /.*/, namespace: 'cosell' }, () => ({
      contents: `export const modules = {\n${files.map((f) => `  ${JSON.stringify(f)}: () => require(${JSON.stringify(f)}),\n`).join('')}};\n`,
      resolveDir: TOOLKIT,
      loader: 'js',
    }));
  },
});

const stamp = (file) => {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
};

/** The cached manifest when every input is as it was when bundled and the project has the same modules. */
function cached(dir, files) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.format !== FORMAT || manifest.node !== process.version) return undefined;
  if (JSON.stringify(files) !== JSON.stringify(manifest.modules)) return undefined;
  try {
    for (const [file, was] of Object.entries(manifest.inputs)) if (stamp(file) !== was) return undefined;
  } catch {
    return undefined;
  }
  return manifest;
}

/** esbuild plugin: `import.meta.url` keeps meaning the source file (templates and package.json are found from it). */
const sourceUrls = {
  name: 'cosell-source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

async function bundle(dir, root, files) {
  const esbuild = await import('esbuild');
  const name = `bundle-${randomBytes(6).toString('hex')}`;
  const out = join(dir, name);
  const result = await esbuild.build({
    entryPoints: { cli: join(TOOLKIT, 'scripts', 'cli.ts'), project: PROJECT },
    absWorkingDir: TOOLKIT,
    tsconfig: join(TOOLKIT, 'tsconfig.json'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    // A bundled CommonJS package that requires a node built-in needs a real `require`.
    banner: {
      js: "import { createRequire as __cosellRequire } from 'node:module';\nconst require = __cosellRequire(import.meta.url);",
    },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    // Stack traces need only the mappings; node reads every map as the bundle loads.
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [projectEntry(files), sourceUrls, packagesOffTheBuildPath],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('cosell:'))
    .map((f) => resolve(TOOLKIT, f));
  // Flows written against another copy of the toolkit would bring their own DSL classes.
  if (inputs.some((f) => /[\\/]src[\\/]dsl[\\/]flow\.ts$/.test(f) && f !== join(TOOLKIT, 'src', 'dsl', 'flow.ts'))) {
    rmSync(out, { recursive: true, force: true });
    return undefined;
  }
  const outputOf = (entry) =>
    relative(dir, resolve(TOOLKIT, Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === entry)[0]));
  const manifest = {
    format: FORMAT,
    node: process.version,
    root,
    cli: outputOf(
      relative(TOOLKIT, join(TOOLKIT, 'scripts', 'cli.ts'))
        .split(sep)
        .join('/'),
    ),
    project: outputOf(`cosell:${PROJECT}`),
    modules: files,
    inputs: Object.fromEntries(
      [fileURLToPath(import.meta.url), join(TOOLKIT, 'tsconfig.json'), ...stamped(inputs)].map((f) => [f, stamp(f)]),
    ),
  };
  const tmp = join(dir, `manifest-${name}.json`);
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  renameSync(tmp, join(dir, 'manifest.json'));
  prune(dir, name);
  return manifest;
}

/**
 * The files whose stamps decide whether the bundle is current: the toolkit's and the project's sources, and for
 * bundled packages their package.json and npm's record of the install (node_modules/.package-lock.json) instead of
 * each of their hundreds of files.
 */
function stamped(inputs) {
  const files = new Set();
  for (const f of inputs) {
    const at = f.lastIndexOf(`${sep}node_modules${sep}`);
    if (at < 0) {
      files.add(f);
      continue;
    }
    const base = f.slice(0, at + `${sep}node_modules${sep}`.length);
    const name = packageOf(f.slice(base.length).split(sep).join('/'));
    files.add(join(base, name, 'package.json'));
  }
  const lock = join(TOOLKIT, 'node_modules', '.package-lock.json');
  if (existsSync(lock)) files.add(lock);
  return [...files];
}

/** Removes this project's older bundles, and the caches of projects that are gone (temporary roots of tests). */
function prune(dir, keep) {
  const old = Date.now() - STALE_MS;
  const gone = (path) => statSync(path).mtimeMs < old;
  for (const entry of readdirSync(dir)) {
    if (entry !== keep && entry !== 'manifest.json' && gone(join(dir, entry)))
      rmSync(join(dir, entry), { recursive: true, force: true });
  }
  for (const project of readdirSync(CACHE)) {
    const file = join(CACHE, project, 'manifest.json');
    try {
      const { root } = JSON.parse(readFileSync(file, 'utf8'));
      if (!existsSync(root) && gone(file)) rmSync(join(CACHE, project), { recursive: true, force: true });
    } catch {
      // Another process is writing it, or it is not ours: leave it.
    }
  }
}

/** Runs `cosell <args>` (a build) from the bundle; false when the bundle does not apply. */
export async function runBundled(args) {
  if (process.env.COSELL_NO_BUNDLE || args[0] !== 'build') return false;
  const root = rootOf(args);
  let files;
  try {
    files = projectModules(root);
  } catch {
    return false;
  }
  // By toolkit and project: worktrees may share one node_modules.
  const dir = join(CACHE, createHash('sha256').update(`${TOOLKIT}\n${root}`).digest('hex').slice(0, 16));
  let manifest = cached(dir, files);
  if (!manifest) {
    try {
      mkdirSync(dir, { recursive: true });
      manifest = await bundle(dir, root, files);
    } catch {
      return false;
    }
    if (!manifest) return false;
  }
  const url = (file) => pathToFileURL(join(dir, file)).href;
  // A build is a one-second batch: with V8's default budget (66 KB in Node 20's V8, larger in later ones), TurboFan
  // recompiles so much of the bundle on background threads that on a two-core machine it takes CPU from the build
  // itself (a third of all samples of a 100-flow build). A 256 KB budget optimizes only what stays hot: this
  // project's build ran ~7% faster, its 100-flow copy ~12% (interleaved runs on a 2-core VM). The flag has been in
  // V8 for a decade; only its default moves.
  setFlagsFromString('--interrupt-budget=262144');
  // Stack traces name the TypeScript (flow file and line in compile errors), not the bundle.
  process.setSourceMapsEnabled(true);
  const { modules } = await import(url(manifest.project));
  globalThis[Symbol.for('cosell.bundledModules')] = new Map(Object.entries(modules));
  await import(url(manifest.cli));
  return true;
}
