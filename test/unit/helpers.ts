import { analyze, KnowledgeBase, type Analysis, type AnalysisOptions, type Range } from '../../src/core';
import { builtinKnowledge } from '../../src/knowledge';

export const builtin = KnowledgeBase.build(builtinKnowledge());

/** Analyses with the built-in knowledge unless options say otherwise. */
export function run(text: string, options: AnalysisOptions = {}): Analysis {
  return analyze(text, { knowledge: builtin, ...options });
}

export function r(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** The text a span covers, to make assertions readable beside exact ranges. */
export function textOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

export function codes(a: Analysis): string[] {
  return a.diagnostics.map((d) => d.code);
}
