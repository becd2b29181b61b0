// The yaml package, bundled on its own (dist/yamlLib.js) and required on first use by
// yamlNodes.ts: it is more than a third of the engine's code, and a CLI run on a file without
// front matter, or an editor that opens no analysis file yet, never parses it.
export * from 'yaml';
