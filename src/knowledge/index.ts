// The built-in knowledge, parsed when the bundles are built (esbuild.mjs runs
// scripts/compile-knowledge.ts): no run of the CLI or the editor pays for parsing its YAML.
import compiled from 'policy-lens:builtin-knowledge';
import type { KnowledgeSource } from '../core';

/** The built-in knowledge: the domain's, and under it the world's states and organisations unless `world` is false. */
export function builtinKnowledge(options: { world?: boolean } = {}): KnowledgeSource[] {
  return options.world === false ? compiled.filter((s) => s.layer !== 'world') : compiled;
}
