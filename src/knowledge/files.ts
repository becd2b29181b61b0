// The built-in knowledge's YAML files, as text (esbuild inlines *.yaml). Read at build time, by
// scripts/compile-knowledge.ts, and by the test that checks them; the bundles carry the result.
import actors from './actors.policy.yaml';
import concepts from './concepts.policy.yaml';
import events from './events.policy.yaml';
import organizations from './organizations.policy.yaml';
import world from './world.policy.yaml';

export const BUILTIN_FILES: Readonly<Record<string, string>> = {
  'builtin:concepts.policy.yaml': concepts,
  'builtin:actors.policy.yaml': actors,
  'builtin:events.policy.yaml': events,
};

/** The optional world knowledge: states and territories (generated), international organisations. */
export const WORLD_FILES: Readonly<Record<string, string>> = {
  'builtin:world.policy.yaml': world,
  'builtin:organizations.policy.yaml': organizations,
};
