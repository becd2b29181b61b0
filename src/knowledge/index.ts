// The built-in knowledge: YAML files in this folder, inlined by esbuild, parsed once on first use.
import { parseKnowledgeFile, type KnowledgeSource, type ParsedKnowledgeFile } from '../core';
import actors from './actors.policy.yaml';
import concepts from './concepts.policy.yaml';
import events from './events.policy.yaml';

export const BUILTIN_FILES: Readonly<Record<string, string>> = {
  'builtin:concepts.policy.yaml': concepts,
  'builtin:actors.policy.yaml': actors,
  'builtin:events.policy.yaml': events,
};

let parsed: ParsedKnowledgeFile[] | undefined;

/** The built-in files parsed (tests check they have no diagnostics). */
export function builtinKnowledgeFiles(): ParsedKnowledgeFile[] {
  parsed ??= Object.entries(BUILTIN_FILES).map(([file, text]) => parseKnowledgeFile(text, file, 'builtin'));
  return parsed;
}

export function builtinKnowledge(): KnowledgeSource[] {
  return builtinKnowledgeFiles().map((f) => f.source);
}
