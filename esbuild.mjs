// One bundler for everything: the CLI, (later) the extension, and the unit-test bundles.
// esbuild does not type-check; `npm run typecheck` (tsc --noEmit) does.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');

/**
 * The built-in knowledge, parsed once per build: scripts/compile-knowledge.ts is bundled, run,
 * and its JSON becomes the module 'policy-lens:builtin-knowledge' (src/knowledge/index.ts).
 */
const compiledKnowledge = new Map();
const builtinKnowledge = {
  name: 'builtin-knowledge',
  setup(build) {
    build.onResolve({ filter: /^policy-lens:builtin-knowledge$/ }, (a) => ({ path: a.path, namespace: 'builtin-knowledge' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-knowledge' }, async () => {
      const files = readdirSync('src/knowledge')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join('src/knowledge', f));
      // Compiled once for all the bundles of a build, again when a YAML file changed (--watch).
      const version = files.map((f) => statSync(f).mtimeMs).join();
      if (!compiledKnowledge.has(version)) {
        compiledKnowledge.set(
          version,
          esbuild
            .build({
              entryPoints: ['scripts/compile-knowledge.ts'],
              bundle: true,
              platform: 'node',
              format: 'cjs',
              write: false,
              loader: { '.yaml': 'text' },
              logLevel: 'warning',
            })
            .then((r) => execFileSync(process.execPath, ['-'], { input: r.outputFiles[0].text, encoding: 'utf8', maxBuffer: 64 << 20 })),
        );
      }
      // As a string for JSON.parse: V8 reads JSON much faster than the same data as an object literal
      // (the CLI's start-up compiled the literal on every run).
      const json = await compiledKnowledge.get(version);
      return { contents: `export default JSON.parse(${JSON.stringify(json.trim())});`, loader: 'js', watchFiles: files };
    });
  },
};

/**
 * The browser script of the HTML report (src/views/reportPage.ts, with the d3 modules it uses),
 * bundled once per build and inlined into the CLI as text: the report needs no file beside it.
 */
const reportScript = {
  name: 'report-script',
  setup(build) {
    build.onResolve({ filter: /^policy-lens:report-script$/ }, (a) => ({ path: a.path, namespace: 'report-script' }));
    build.onLoad({ filter: /.*/, namespace: 'report-script' }, async () => {
      const r = await esbuild.build({
        entryPoints: ['src/views/reportPage.ts'],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        minify: true,
        write: false,
        logLevel: 'warning',
      });
      // A `</script` in the code would end the element it is inlined in.
      const text = r.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      return {
        contents: `export default ${JSON.stringify(text)};`,
        loader: 'js',
        watchFiles: ['src/views/story.ts', 'src/views/reportPage.ts'],
      };
    });
  },
};

/** Options every bundle shares: Node platform, YAML inlined as text, the built-in knowledge compiled. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.yaml': 'text' },
  logLevel: 'warning',
  plugins: [builtinKnowledge, reportScript],
};

/** Test files: `*.test.ts` run by npm test, `*.fuzz.ts` (which time things) by npm run fuzz. */
function testEntries(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith('.test.ts') || e.name.endsWith('.fuzz.ts')))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Kept out of the shipped bundles and loaded on demand (see src/core/bibtexLoader.ts). */
const BIBTEX = './bibtex.js';
/** The same for the glob matcher of configuration files (core/glob.ts). */
const GLOB = './glob.js';
/** The HTML report's browser script, required by `policy-lens report` only (views/reportScript.ts). */
const REPORT_SCRIPT = './reportScript.js';
/** The HTML report's writer, required when a report is made (views/loadReport.ts). */
const HTML_REPORT = './htmlReport.js';
/** The yaml package, required when there is YAML to read (core/yamlNodes.ts, core/yamlLib.ts). */
const YAML = './yamlLib.js';

const builds = args.has('--tests')
  ? [{ ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha'] }]
  : args.has('--bench')
    ? [{ ...common, entryPoints: ['scripts/bench/bench.ts'], outdir: 'out/scripts/bench', external: ['markdownlint', 'markdownlint/*'] }]
    : args.has('--integration')
      ? [
          {
            ...common,
            entryPoints: ['test/integration/index.ts', ...testEntries('test/integration')],
            outdir: 'out/test/integration',
            outbase: 'test/integration',
            external: ['mocha', 'vscode'],
          },
        ]
      : [
          {
            ...common,
            entryPoints: ['src/extension/extension.ts'],
            outfile: 'dist/extension.js',
            external: ['vscode', BIBTEX, GLOB, HTML_REPORT, YAML],
            minify: true,
          },
          {
            ...common,
            entryPoints: ['src/cli/main.ts'],
            outfile: 'dist/cli.js',
            external: [BIBTEX, GLOB, HTML_REPORT, YAML],
            minify: true,
            banner: { js: '#!/usr/bin/env node' },
          },
          // The extension's parsing worker (knowledge files, bibliographies off the main thread).
          {
            ...common,
            entryPoints: ['src/extension/parseWorker.ts'],
            outfile: 'dist/parseWorker.js',
            external: [BIBTEX, YAML],
            minify: true,
          },
          // The BibTeX parser, beside the two: required only when a .bib file is read (core/bibtexLoader.ts).
          { ...common, entryPoints: ['src/core/bibtex.ts'], outfile: 'dist/bibtex.js', minify: true },
          { ...common, entryPoints: ['src/core/glob.ts'], outfile: 'dist/glob.js', minify: true },
          { ...common, entryPoints: ['src/core/yamlLib.ts'], outfile: 'dist/yamlLib.js', minify: true },
          { ...common, entryPoints: ['src/views/reportScript.ts'], outfile: 'dist/reportScript.js', minify: true },
          { ...common, entryPoints: ['src/views/htmlReport.ts'], outfile: 'dist/htmlReport.js', external: [REPORT_SCRIPT], minify: true },
          // The Timeline webview's script (browser code: d3 and the drawing of the story).
          {
            entryPoints: ['src/views/webviewPage.ts'],
            outfile: 'dist/storyWebview.js',
            bundle: true,
            platform: 'browser',
            format: 'iife',
            target: 'es2020',
            minify: true,
            logLevel: 'warning',
          },
        ];

/**
 * The JSON Schema of .policy-lens.yaml, made from the same table as its reader (src/core/config.ts)
 * and contributed to VS Code through `yamlValidation`.
 */
async function writeConfigSchema() {
  const r = await esbuild.build({
    stdin: {
      contents:
        "import { configJsonSchema } from './src/core/config'; process.stdout.write(JSON.stringify(configJsonSchema(), null, 2) + '\\n');",
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/policy-lens.schema.json', execFileSync(process.execPath, ['-'], { input: r.outputFiles[0].text, encoding: 'utf8' }));
}

const shipped = !args.has('--tests') && !args.has('--bench') && !args.has('--integration');
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all([...builds.map((b) => esbuild.build(b)), ...(shipped ? [writeConfigSchema()] : [])]);
}
