// Run by esbuild.mjs while building: parses the built-in knowledge's YAML and prints its entries
// as JSON, for the bundles to inline. A built-in file with any problem fails the build.
import { parseKnowledgeFile } from '../src/core';
import { BUILTIN_FILES } from '../src/knowledge/files';

const sources = Object.entries(BUILTIN_FILES).map(([file, text]) => {
  const parsed = parseKnowledgeFile(text, file, 'builtin');
  if (parsed.raw.length) throw new Error(`${file}: ${parsed.raw.map((d) => d.message).join('; ')}`);
  return parsed.source;
});
process.stdout.write(JSON.stringify(sources));
