import { CLAIM_KIND_LABELS, DIAGNOSTIC_CODES } from './codes';
import type { LineIndex } from './lineIndex';
import type { Diagnostic, DiagnosticCode, DiagnosticData, Range, Severity, SeveritySetting } from './types';
import type { RawDiagnostic } from './yamlNodes';

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;

/** Messages made from a diagnostic's data when first read: a file can have 100,000 unknown keys, a report thousands of claims. */
const DERIVED_MESSAGES: Partial<Record<DiagnosticCode, (data: DiagnosticData) => string>> = {
  'unknown-citation': (d) => `Unknown citation key "@${d.key}": it is in no bibliography of this file`,
  'uncited-claim': (d) => `Uncited claim (${(d.kinds ?? []).map((k) => CLAIM_KIND_LABELS[k]).join(', ')}): cite a source, e.g. [@key], or mark it [...]{.opinion}`,
};

/**
 * A diagnostic whose range and message are made when read. It copies what it needs from the raw
 * diagnostic, which is then garbage: one object per finding is kept, not two.
 */
class Finding implements Diagnostic {
  private cachedRange: Range | undefined;
  readonly code: DiagnosticCode;
  readonly start: number;
  private readonly text: string;
  readonly data: DiagnosticData | undefined;
  constructor(
    raw: RawDiagnostic,
    readonly severity: Severity,
    readonly end: number,
    private readonly lines: LineIndex,
  ) {
    this.code = raw.code;
    this.start = raw.start;
    this.text = raw.message;
    this.data = raw.data as DiagnosticData | undefined;
  }
  get message(): string {
    return this.text || DERIVED_MESSAGES[this.code]!(this.data!);
  }
  get range(): Range {
    return (this.cachedRange ??= this.lines.range(this.start, this.end));
  }
}

/** Gives raw diagnostics their configured severities, in offset order; drops those turned off. */
export function toDiagnostics(raw: readonly RawDiagnostic[], lines: LineIndex, severity: Partial<Record<DiagnosticCode, SeveritySetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = lines.text;
  const sorted = isSorted(raw) ? raw : [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const d of sorted) {
    const configured = severity[d.code];
    if (configured === 'off') continue;
    const sev = d.severity ?? configured ?? DIAGNOSTIC_CODES[d.code].severity;
    // A range never ends in white space or a line break (YAML node spans often do).
    let end = Math.max(d.end, d.start);
    while (end > d.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    out.push(new Finding(d, sev, end, lines));
  }
  return out;
}

function isSorted(raw: readonly RawDiagnostic[]): boolean {
  for (let i = 1; i < raw.length; i++) {
    const a = raw[i - 1]!;
    const b = raw[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
