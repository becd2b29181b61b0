// Workspace knowledge files (`*.policy.yaml`) and the built-in data: the same schema as front matter.
import { toDiagnostics } from './diagnostics';
import type { KnowledgeBase, KnowledgeSource } from './knowledge';
import { knowledgeSections, readKnowledge, type EntryReference, type KnowledgeSections } from './knowledgeSchema';
import { LineIndex } from './lineIndex';
import type { Diagnostic, DiagnosticCode, Origin, SeveritySetting } from './types';
import { describe, isMap, mapEntries, MAX_ALIAS_COUNT, parseYaml, toPlainData, yamlErrors, type RawDiagnostic } from './yamlNodes';

export interface ParsedKnowledgeFile {
  readonly file: string;
  readonly source: KnowledgeSource;
  readonly references: readonly EntryReference[];
  readonly lines: LineIndex;
  /** Syntax and schema problems of the file on its own. */
  readonly raw: readonly RawDiagnostic[];
  /** Where its `actors`, `events` and `concepts` keys are: where a new entry goes. */
  readonly sections?: KnowledgeSections;
}

export function parseKnowledgeFile(text: string, file: string, layer: Origin['layer'] = 'workspace'): ParsedKnowledgeFile {
  const lines = new LineIndex(text);
  const doc = parseYaml(text);
  const raw: RawDiagnostic[] = yamlErrors(doc, text, 0, 'YAML syntax error');
  if (raw.length === 0 && toPlainData(doc).tooFar) {
    raw.push({
      code: 'front-matter',
      start: 0,
      end: Math.min(text.length, 3),
      message: `This file's YAML aliases expand too far (over ${MAX_ALIAS_COUNT}): it is not read ("billion laughs")`,
    });
    return { file, source: { layer, file, entries: [] }, references: [], lines, raw };
  }
  let source: KnowledgeSource = { layer, file, entries: [] };
  let references: EntryReference[] = [];
  let sections: KnowledgeSections | undefined;
  const root = doc.contents;
  if (isMap(root)) {
    sections = knowledgeSections(new Map(mapEntries(root, doc).map((e) => [e.key, e])), 0, lines);
    const read = readKnowledge(root, doc, 0, { layer, file });
    source = { layer, file, entries: read.entries };
    references = read.references;
    if (raw.length === 0) raw.push(...read.diagnostics);
  } else if (root !== null && raw.length === 0) {
    raw.push({
      code: 'front-matter',
      start: 0,
      end: Math.max(1, Math.min(text.length, lines.lineEnd(0))),
      message: `A knowledge file must be a mapping with \`actors\`, \`events\` or \`concepts\`, not ${describe(root)}`,
    });
  }
  return { file, source, references, lines, raw, ...(sections ? { sections } : {}) };
}

/** Ids pointed at (event actors, concept see) that the merged knowledge does not define. */
export function unknownReferences(references: readonly EntryReference[], knowledge: KnowledgeBase): RawDiagnostic[] {
  return references
    .filter((r) => !knowledge.get(r.kind, r.id))
    .map((r) => ({
      code: 'unknown-ref' as const,
      start: r.start,
      end: r.end,
      message: `Unknown ${r.kind} "${r.id}" (in "${r.from}")`,
      data: { refKind: r.kind, ref: r.id },
    }));
}

/** Everything wrong with one knowledge file, checked against the knowledge it is part of. */
export function knowledgeFileDiagnostics(
  parsed: ParsedKnowledgeFile,
  knowledge: KnowledgeBase,
  severity: Partial<Record<DiagnosticCode, SeveritySetting>> = {},
): Diagnostic[] {
  const raw = [...parsed.raw, ...unknownReferences(parsed.references, knowledge)];
  for (const { entry, previous } of knowledge.duplicates) {
    if (entry.origin.file !== parsed.file || !entry.origin.span) continue;
    raw.push({
      code: 'duplicate-id',
      ...entry.origin.span,
      message: `The ${entry.type} "${entry.id}" is also defined in ${previous.origin.file}; this definition wins`,
    });
  }
  for (const c of knowledge.conflicts) {
    if (c.other.origin.file !== parsed.file || !c.other.origin.span) continue;
    raw.push({
      code: 'ambiguous-alias',
      ...c.other.origin.span,
      message:
        `"${c.alias}" also names the ${c.winner.type} "${c.winner.id}"` +
        (c.winner.origin.file ? ` (${c.winner.origin.file})` : '') +
        `; mentions of it go to "${c.winner.id}"`,
    });
  }
  return toDiagnostics(raw, parsed.lines, severity);
}

/**
 * A source without where in its YAML each entry was written: that serves editing and navigation in
 * the user's own files only, so built-in entries ship without it (some 50 KB of the extension's bundle).
 */
export function withoutPositions(source: KnowledgeSource): KnowledgeSource {
  return {
    ...source,
    entries: source.entries.map((e) => ({ ...e, origin: { layer: e.origin.layer, ...(e.origin.file ? { file: e.origin.file } : {}) } })),
  };
}
