import { DIAGNOSTIC_CODES, SEVERITIES, severityOf, severityRank } from './codes';
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
 * citation keys, or 20,000 uncited claims. Each becomes a diagnostic of two fields, reading its
 * offsets from here and its data from `dataOf`, which makes it when read.
 */
export class FindingList {
  // Typed arrays: not scanned by the garbage collector, and grown by a plain copy.
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** What `dataOf` reads for each finding's data: findings of one key share it. */
  which = new Int32Array(64);
  /** Each finding's own severity (its rank, an index of SEVERITIES), or -1 for the list's. */
  levels = new Int8Array(64);
  length = 0;
  /** The code's default until the list becomes diagnostics, which set it. */
  severity: Severity;
  lines: LineIndex | undefined;
  constructor(
    readonly code: DiagnosticCode,
    /** A finding's data from its `which` and its start. */
    readonly dataOf: (which: number, start: number) => DiagnosticData,
  ) {
    this.severity = DIAGNOSTIC_CODES[code].severity;
  }

  push(start: number, end: number, which: number, severity?: Severity): void {
    if (this.length === this.starts.length) {
      const grow = <A extends Int32Array | Int8Array>(a: A, make: (n: number) => A) => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
      this.which = grow(this.which, (n) => new Int32Array(n));
      this.levels = grow(this.levels, (n) => new Int8Array(n));
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.levels[this.length] = severity === undefined ? -1 : severityRank(severity);
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
    const level = this.list.levels[this.k]!;
    return level < 0 ? this.list.severity : SEVERITIES[level]!;
  }
  get start(): number {
    return this.list.starts[this.k]!;
  }
  get end(): number {
    return this.list.ends[this.k]!;
  }
  get data(): DiagnosticData {
    return this.list.dataOf(this.list.which[this.k]!, this.start);
  }
  get message(): string {
    return derivedMessage(this.list.code, this.data);
  }
  get range(): Range {
    return this.list.lines!.range(this.start, this.end);
  }
}

/** Items of a list of pointers past which V8 keeps it in its large-object space (128 KB). */
const LARGE_LIST = 16_384;

/**
 * Gives raw diagnostics (and lists of findings) their configured severities, in offset order;
 * drops those turned off. On equal offsets raw diagnostics come first, then the lists in order.
 */
export function toDiagnostics(
  raw: readonly RawDiagnostic[],
  lines: LineIndex,
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>,
  lists: readonly FindingList[] = [],
): Diagnostic[] {
  // A long list is made at its largest length and cut at the end: grown by push past V8's
  // large-object size (16,384 items), it moved to fresh memory at each growth (a 1 MB line of
  // 143,000 citations: 198 -> 180 ms). A short one is grown: a list with holes is slower to read.
  let count = raw.length;
  for (const list of lists) count += list.length;
  const out: Diagnostic[] = count > LARGE_LIST ? new Array<Diagnostic>(count) : [];
  let n = 0;
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
    out[n++] = d.message
      ? new MessageFinding(d.code, sev, d.start, end, data, lines, d.message)
      : new Finding(d.code, sev, d.start, end, data, lines);
  };
  // The lists that are not turned off, each with its next finding.
  const open: FindingList[] = [];
  for (const list of lists) {
    const level = severityOf(list.code, severity);
    if (level === 'off' || list.length === 0) continue;
    list.lines = lines;
    list.severity = level;
    open.push(list);
  }
  const next = new Array<number>(open.length).fill(0);
  /** The index in `open` of the list whose next finding comes first, if it comes before (start, end). */
  const firstBefore = (start: number, end: number): number => {
    let best = -1;
    for (let j = 0; j < open.length; j++) {
      const k = next[j]!;
      if (k >= open[j]!.length) continue;
      const s = open[j]!.starts[k]!;
      const e = open[j]!.ends[k]!;
      if (s > start || (s === start && e >= end)) continue;
      if (
        best < 0 ||
        s < open[best]!.starts[next[best]!]! ||
        (s === open[best]!.starts[next[best]!]! && e < open[best]!.ends[next[best]!]!)
      )
        best = j;
    }
    return best;
  };
  const addListed = (j: number) => {
    const list = open[j]!;
    const k = next[j]!++;
    list.ends[k] = trimmedEnd(list.starts[k]!, list.ends[k]!);
    out[n++] = new ListedFinding(list, k);
  };
  for (const d of sorted) {
    for (let j = firstBefore(d.start, d.end); j >= 0; j = firstBefore(d.start, d.end)) addListed(j);
    add(d);
  }
  for (let j = firstBefore(Infinity, Infinity); j >= 0; j = firstBefore(Infinity, Infinity)) addListed(j);
  out.length = n;
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
