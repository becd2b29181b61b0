// markdownlint-style suppression comments:
//   <!-- policy-lens-disable-next-line [codes] -->, <!-- policy-lens-disable-line [codes] -->,
//   <!-- policy-lens-disable [codes] --> ... <!-- policy-lens-enable [codes] -->
import type { LineIndex } from './lineIndex';
import type { Diagnostic } from './types';

export interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Codes it applies to; empty for all. */
  readonly codes: readonly string[];
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE = /^\s*policy-lens-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

export function parseDirective(body: string, start: number, end: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  return { kind: m[1] as Directive['kind'], codes: m[2]!.split(/[\s,]+/).filter(Boolean), start, end };
}

const applies = (d: Directive, code: string) => d.codes.length === 0 || d.codes.includes(code);

/** Diagnostics minus those the directives suppress. Both inputs sorted by offset. */
export function suppress(diagnostics: Diagnostic[], directives: readonly Directive[], lines: LineIndex): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => byLine.set(line, [...(byLine.get(line) ?? []), d]);
  for (const d of directives) {
    if (d.kind === 'disable-next-line') add(lines.lineOf(d.end) + 1, d);
    else if (d.kind === 'disable-line') for (let l = lines.lineOf(d.start); l <= lines.lineOf(d.end); l++) add(l, d);
  }
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return diagnostics.filter((diag) => {
    if (byLine.get(lines.lineOf(diag.start))?.some((d) => applies(d, diag.code))) return false;
    // The last region directive before the diagnostic that mentions its code decides.
    let disabled = false;
    for (const d of regions) {
      if (d.start > diag.start) break;
      if (applies(d, diag.code)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
