// The built-in knowledge's YAML files, as text (esbuild inlines *.yaml). Read at build time, by
// scripts/compile-knowledge.ts, and by the test that checks them; the bundles carry the result.
import actors from './actors.policy.yaml';
import concepts from './concepts.policy.yaml';
import events from './events.policy.yaml';

export const BUILTIN_FILES: Readonly<Record<string, string>> = {
  'builtin:concepts.policy.yaml': concepts,
  'builtin:actors.policy.yaml': actors,
  'builtin:events.policy.yaml': events,
};
