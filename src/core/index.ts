// The engine's public surface. Nothing here imports `vscode` (a unit test checks).
export * from './types';
export * from './analysis';
export { analyze, analyzeSteps } from './analyze';
export { runSteps } from './steps';
export { KnowledgeBase, entryName, surfaceForms, type KnowledgeSource, type AliasConflict } from './knowledge';
export { parseKnowledgeFile, knowledgeFileDiagnostics, withoutPositions, type ParsedKnowledgeFile } from './knowledgeFile';
export { parseBibliography, unsupportedBibliography, formatReference, doiUrl, type BibliographyResult } from './references';
export { LineIndex } from './lineIndex';
export { DIAGNOSTIC_CODES, CLAIM_KIND_LABELS, codeDocUrl, severityOf, severityRank, type CodeInfo, type FixId } from './codes';
export {
  CONFIG_FIELDS,
  CONFIG_FILE_NAME,
  DEFAULT_FILES,
  DEFAULT_KNOWLEDGE,
  SEVERITY_SETTINGS,
  configIgnores,
  configIncludes,
  configJsonSchema,
  configTemplate,
  mergeConfigs,
  parseConfig,
  type CitationScope,
  type ConfigRead,
  type ProjectConfig,
} from './config';
export * from './queries';
export { citationInsertOffset, citationText } from './edits';
export { closestKeys, editDistance } from './closestKeys';
export { collectEntities, type Entities, type EntityMentions, type MentionRef, type NameRef, type UnrecognizedMentions } from './entities';
export { citationsReport } from './citationsReport';
export type { UnrecognizedName, NameMention } from './unrecognized';
export { decodeText, HARD_MAX_BYTES, NOT_READ, type Decoded } from './textFile';
export { documentLinks, foldingSpans, selectionSpans, type DocumentLink, type FoldKind, type FoldSpan } from './structure';
export { idWithin, occurrencesIn, symbolAt, type Occurrence, type Symbol } from './occurrences';
export {
  buildStory,
  period,
  type Story,
  type StoryActor,
  type StoryClaim,
  type StoryEdge,
  type StoryEvent,
  type StoryPlace,
} from './story';
