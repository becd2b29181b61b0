// Run by esbuild.mjs while building: parses the built-in knowledge's YAML and prints its entries
// as JSON, for the bundles to inline. A built-in file with any problem fails the build.
import { parseKnowledgeFile, withoutPositions } from '../src/core';
import { BUILTIN_FILES, WORLD_FILES } from '../src/knowledge/files';

const files: Array<[string, string, 'builtin' | 'world']> = [
  ...Object.entries(BUILTIN_FILES).map(([file, text]) => [file, text, 'builtin'] as [string, string, 'builtin']),
  ...Object.entries(WORLD_FILES).map(([file, text]) => [file, text, 'world'] as [string, string, 'world']),
];
const sources = files.map(([file, text, layer]) => {
  const parsed = parseKnowledgeFile(text, file, layer);
  if (parsed.raw.length) throw new Error(`${file}: ${parsed.raw.map((d) => d.message).join('; ')}`);
  return withoutPositions(parsed.source);
});
process.stdout.write(JSON.stringify(sources));
