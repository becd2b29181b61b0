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

/**
 * Diagnostics minus those the directives suppress. Both inputs sorted by offset; one sweep over
 * both, so a file of thousands of comments costs no more than its length.
 */
export function suppress(diagnostics: Diagnostic[], directives: readonly Directive[], lines: LineIndex): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => {
    const list = byLine.get(line);
    if (list) list.push(d);
    else byLine.set(line, [d]);
  };
  for (const d of directives) {
    if (d.kind === 'disable-next-line') add(lines.lineOf(d.end) + 1, d);
    else if (d.kind === 'disable-line') for (let l = lines.lineOf(d.start); l <= lines.lineOf(d.end); l++) add(l, d);
  }
  // The last region directive before a diagnostic that mentions its code decides: the last one
  // for all codes and the last one per code, by their order, as the sweep passes them.
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  let next = 0;
  let forAll: { disabled: boolean; order: number } | undefined;
  const perCode = new Map<string, { disabled: boolean; order: number }>();
  return diagnostics.filter((diag) => {
    for (; next < regions.length && regions[next]!.start <= diag.start; next++) {
      const d = regions[next]!;
      const state = { disabled: d.kind === 'disable', order: next };
      if (d.codes.length === 0) forAll = state;
      else for (const code of d.codes) perCode.set(code, state);
    }
    const lineDirectives = byLine.get(lines.lineOf(diag.start));
    if (lineDirectives?.some((d) => d.codes.length === 0 || d.codes.includes(diag.code))) return false;
    const own = perCode.get(diag.code);
    const decider = own && (!forAll || own.order > forAll.order) ? own : forAll;
    return !decider?.disabled;
  });
}
