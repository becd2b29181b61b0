// The built-in knowledge, parsed when the bundles are built (esbuild.mjs runs
// scripts/compile-knowledge.ts): no run of the CLI or the editor pays for parsing its YAML.
import compiled from 'policy-lens:builtin-knowledge';
import type { KnowledgeSource } from '../core';

export function builtinKnowledge(): KnowledgeSource[] {
  return compiled;
}
