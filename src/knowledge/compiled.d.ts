// The built-in knowledge as compiled by esbuild.mjs (a virtual module of its builtin-knowledge plugin).
declare module 'policy-lens:builtin-knowledge' {
  import type { KnowledgeSource } from '../core';
  const sources: KnowledgeSource[];
  export default sources;
}
