import { DIAGNOSTIC_CODES } from './codes';
import type { LineIndex } from './lineIndex';
import type { Diagnostic, DiagnosticCode, DiagnosticData, SeveritySetting } from './types';
import type { RawDiagnostic } from './yamlNodes';

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;

/** Gives raw diagnostics their positions and configured severities; drops those turned off. */
export function toDiagnostics(raw: readonly RawDiagnostic[], lines: LineIndex, severity: Partial<Record<DiagnosticCode, SeveritySetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = lines.text;
  // In offset order, positions are found by walking forward from the previous one.
  const sorted = [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  let line = 0;
  const position = (offset: number) => {
    while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= offset) line++;
    return { line, character: Math.min(offset, lines.lineEnd(line)) - lines.lineStart(line) };
  };
  for (const d of sorted) {
    const configured = severity[d.code];
    if (configured === 'off') continue;
    const sev = d.severity ?? configured ?? DIAGNOSTIC_CODES[d.code].severity;
    // A range never ends in white space or a line break (YAML node spans often do).
    let end = Math.max(d.end, d.start);
    while (end > d.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    out.push({
      code: d.code,
      severity: sev,
      message: d.message,
      start: d.start,
      end,
      range: rangeFrom(position(d.start), d.start, end, lines),
      ...(d.data ? { data: d.data as DiagnosticData } : {}),
    });
  }
  return out;
}

/** The range from a known start position to `end`: on the same line without a search. */
function rangeFrom(start: { line: number; character: number }, from: number, end: number, lines: LineIndex) {
  const sameLine = end <= lines.lineEnd(start.line);
  return { start, end: sameLine ? { line: start.line, character: start.character + (end - from) } : lines.positionAt(end) };
}
