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

/** A diagnostic whose message is made from its data, and whose range is made when read. */
class Finding implements Diagnostic {
  constructor(
    readonly code: DiagnosticCode,
    readonly severity: Severity,
    readonly start: number,
    readonly end: number,
    readonly data: DiagnosticData | undefined,
    private readonly lines: LineIndex,
  ) {}
  get message(): string {
    // A code without a derived message never has an empty one; the description is a safe fallback.
    return DERIVED_MESSAGES[this.code]?.(this.data ?? {}) ?? DIAGNOSTIC_CODES[this.code].description;
  }
  get range(): Range {
    return this.lines.range(this.start, this.end);
  }
}

/** A diagnostic with a message of its own. */
class MessageFinding extends Finding {
  constructor(code: DiagnosticCode, severity: Severity, start: number, end: number, data: DiagnosticData | undefined, lines: LineIndex, private readonly text: string) {
    super(code, severity, start, end, data, lines);
  }
  override get message(): string {
    return this.text;
  }
}

/**
 * Findings of one code kept as parallel arrays in offset order, without an object each until
 * they become diagnostics: a file of 100,000 unknown citation keys.
 */
export class FindingList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly data: DiagnosticData[] = [];
  constructor(readonly code: DiagnosticCode) {}
  push(start: number, end: number, data: DiagnosticData): void {
    this.starts.push(start);
    this.ends.push(end);
    this.data.push(data);
  }
}

/**
 * Gives raw diagnostics (and a list of findings, if any) their configured severities, in offset
 * order; drops those turned off. On equal offsets a raw diagnostic comes before the list's.
 */
export function toDiagnostics(raw: readonly RawDiagnostic[], lines: LineIndex, severity: Partial<Record<DiagnosticCode, SeveritySetting>>, list?: FindingList): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = lines.text;
  const sorted = isSorted(raw) ? raw : [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  const add = (code: DiagnosticCode, own: Severity | undefined, start: number, rawEnd: number, message: string, data: DiagnosticData | undefined) => {
    const configured = severity[code];
    if (configured === 'off') return;
    // A range never ends in white space or a line break (YAML node spans often do).
    let end = Math.max(rawEnd, start);
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const sev = own ?? configured ?? DIAGNOSTIC_CODES[code].severity;
    out.push(message ? new MessageFinding(code, sev, start, end, data, lines, message) : new Finding(code, sev, start, end, data, lines));
  };
  let k = 0;
  const listed = list ? list.starts.length : 0;
  for (const d of sorted) {
    for (; k < listed && (list!.starts[k]! < d.start || (list!.starts[k] === d.start && list!.ends[k]! < d.end)); k++) add(list!.code, undefined, list!.starts[k]!, list!.ends[k]!, '', list!.data[k]);
    add(d.code, d.severity, d.start, d.end, d.message, d.data as DiagnosticData | undefined);
  }
  for (; k < listed; k++) add(list!.code, undefined, list!.starts[k]!, list!.ends[k]!, '', list!.data[k]);
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
