// One bundler for everything: the CLI, (later) the extension, and the unit-test bundles.
// esbuild does not type-check; `npm run typecheck` (tsc --noEmit) does.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');

/** Options every bundle shares: Node platform, built-in knowledge YAML inlined as text. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.yaml': 'text' },
  logLevel: 'warning',
};

/** Test files: `*.test.ts` run by npm test, `*.fuzz.ts` (which time things) by npm run fuzz. */
function testEntries(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith('.test.ts') || e.name.endsWith('.fuzz.ts')))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Kept out of the shipped bundles and loaded on demand (see src/core/bibtexLoader.ts). */
const BIBTEX = './bibtex.js';

const builds = args.has('--tests')
  ? [{ ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha'] }]
  : args.has('--bench')
    ? [{ ...common, entryPoints: ['scripts/bench/bench.ts'], outdir: 'out/scripts/bench', external: ['markdownlint', 'markdownlint/*'] }]
    : args.has('--integration')
    ? [{ ...common, entryPoints: ['test/integration/index.ts', ...testEntries('test/integration')], outdir: 'out/test/integration', outbase: 'test/integration', external: ['mocha', 'vscode'] }]
    : [
      {
        ...common,
        entryPoints: ['src/extension/extension.ts'],
        outfile: 'dist/extension.js',
        external: ['vscode', BIBTEX],
        minify: true,
      },
      {
        ...common,
        entryPoints: ['src/cli/main.ts'],
        outfile: 'dist/cli.js',
        external: [BIBTEX],
        minify: true,
        banner: { js: '#!/usr/bin/env node' },
      },
      // The extension's parsing worker (knowledge files, bibliographies off the main thread).
      { ...common, entryPoints: ['src/extension/parseWorker.ts'], outfile: 'dist/parseWorker.js', external: [BIBTEX], minify: true },
      // The BibTeX parser, beside the two: required only when a .bib file is read (core/bibtexLoader.ts).
      { ...common, entryPoints: ['src/core/bibtex.ts'], outfile: 'dist/bibtex.js', minify: true },
    ];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
