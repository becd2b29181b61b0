import { DIAGNOSTIC_CODES } from './codes';
import type { LineIndex } from './lineIndex';
import type { Diagnostic, DiagnosticCode, DiagnosticData, SeveritySetting } from './types';
import type { RawDiagnostic } from './yamlNodes';

/** Gives raw diagnostics their positions and configured severities; drops those turned off. */
export function toDiagnostics(raw: readonly RawDiagnostic[], lines: LineIndex, severity: Partial<Record<DiagnosticCode, SeveritySetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of raw) {
    const configured = severity[d.code];
    if (configured === 'off') continue;
    const sev = d.severity ?? configured ?? DIAGNOSTIC_CODES[d.code].severity;
    // A range never ends in white space or a line break (YAML node spans often do).
    let end = Math.max(d.end, d.start);
    while (end > d.start && /\s/.test(lines.text[end - 1]!)) end--;
    out.push({
      code: d.code,
      severity: sev,
      message: d.message,
      start: d.start,
      end,
      range: lines.range(d.start, end),
      ...(d.data ? { data: d.data as DiagnosticData } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
