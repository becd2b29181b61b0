import { DIAGNOSTIC_CODES, severityOf } from './codes';
import type { LineIndex } from './lineIndex';
import type { Diagnostic, DiagnosticCode, DiagnosticData, Range, Severity, SeveritySetting } from './types';
import type { RawDiagnostic } from './yamlNodes';

const isSpaceCode = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;

/**
 * The message of a finding without one of its own. A code without a derived message never has an
 * empty one: the description is only a safe fallback.
 */
function derivedMessage(code: DiagnosticCode, data: DiagnosticData | undefined): string {
  return DIAGNOSTIC_CODES[code].message?.(data ?? {}) ?? DIAGNOSTIC_CODES[code].description;
}

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
    return derivedMessage(this.code, this.data);
  }
  get range(): Range {
    return this.lines.range(this.start, this.end);
  }
}

/** A diagnostic with a message of its own. */
class MessageFinding extends Finding {
  constructor(
    code: DiagnosticCode,
    severity: Severity,
    start: number,
    end: number,
    data: DiagnosticData | undefined,
    lines: LineIndex,
    private readonly text: string,
  ) {
    super(code, severity, start, end, data, lines);
  }
  override get message(): string {
    return this.text;
  }
}

/**
 * Findings of one code kept as parallel arrays in offset order: a file of 100,000 unknown
 * citation keys. Each becomes a diagnostic of two fields, reading its offsets from here.
 */
export class FindingList {
  // Typed arrays: not scanned by the garbage collector, and grown by a plain copy.
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Index into `data` of each finding's data: findings of one key share it. */
  which = new Int32Array(64);
  length = 0;
  readonly data: DiagnosticData[] = [];
  /** The code's default until the list becomes diagnostics, which set it. */
  severity: Severity;
  lines: LineIndex | undefined;
  constructor(readonly code: DiagnosticCode) {
    this.severity = DIAGNOSTIC_CODES[code].severity;
  }

  /** Adds a data object that findings can share; returns its index for `push`. */
  addData(data: DiagnosticData): number {
    return this.data.push(data) - 1;
  }

  push(start: number, end: number, which: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.which = grow(this.which);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.which[this.length++] = which;
  }
}

/** Entry `k` of a FindingList as a diagnostic. */
class ListedFinding implements Diagnostic {
  constructor(
    private readonly list: FindingList,
    private readonly k: number,
  ) {}
  get code(): DiagnosticCode {
    return this.list.code;
  }
  get severity(): Severity {
    return this.list.severity;
  }
  get start(): number {
    return this.list.starts[this.k]!;
  }
  get end(): number {
    return this.list.ends[this.k]!;
  }
  get data(): DiagnosticData {
    return this.list.data[this.list.which[this.k]!]!;
  }
  get message(): string {
    return derivedMessage(this.list.code, this.data);
  }
  get range(): Range {
    return this.list.lines!.range(this.start, this.end);
  }
}

/**
 * Gives raw diagnostics (and a list of findings, if any) their configured severities, in offset
 * order; drops those turned off. On equal offsets a raw diagnostic comes before the list's.
 */
export function toDiagnostics(
  raw: readonly RawDiagnostic[],
  lines: LineIndex,
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>,
  list?: FindingList,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = lines.text;
  const sorted = isSorted(raw) ? raw : [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  // A range never ends in white space or a line break (YAML node spans often do).
  const trimmedEnd = (start: number, end: number) => {
    end = Math.max(end, start);
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    return end;
  };
  const add = (d: RawDiagnostic) => {
    const level = severityOf(d.code, severity);
    if (level === 'off') return;
    const sev = d.severity ?? level;
    const end = trimmedEnd(d.start, d.end);
    const data = d.data as DiagnosticData | undefined;
    out.push(
      d.message
        ? new MessageFinding(d.code, sev, d.start, end, data, lines, d.message)
        : new Finding(d.code, sev, d.start, end, data, lines),
    );
  };
  const listLevel = list && severityOf(list.code, severity);
  const listed = list && listLevel !== 'off' ? list.length : 0;
  if (list && listLevel !== 'off') {
    list.lines = lines;
    list.severity = listLevel!;
  }
  const addListed = (k: number) => {
    list!.ends[k] = trimmedEnd(list!.starts[k]!, list!.ends[k]!);
    out.push(new ListedFinding(list!, k));
  };
  let k = 0;
  for (const d of sorted) {
    for (; k < listed && (list!.starts[k]! < d.start || (list!.starts[k] === d.start && list!.ends[k]! < d.end)); k++) addListed(k);
    add(d);
  }
  for (; k < listed; k++) addListed(k);
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
