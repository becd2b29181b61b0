// Finding closers without rescanning: the inline scanner and the BibTeX guard both need the
// closing bracket of many openers in one text, where a search per opener would be quadratic.

/**
 * For each `open` character of `s` (a char code), the offset of the `close` that balances it, or
 * -1: one pass with a stack. `paragraphs`: a blank line closes nothing across it.
 */
export function matchPairs(s: string, open: number, close: number, paragraphs: boolean): Int32Array {
  const match = new Int32Array(s.length).fill(-1);
  const opened: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === open) opened.push(i);
    else if (c === close) {
      const o = opened.pop();
      if (o !== undefined) match[o] = i;
    } else if (paragraphs && c === 10 && s.charCodeAt(i + 1) === 10) opened.length = 0;
  }
  return match;
}

/**
 * `s.indexOf(needle, from)` for a scan whose `from` mostly grows: an answer is reused while it is
 * still ahead, so a run of unclosed openers does not search the rest of the text once each.
 */
export class ForwardSearch {
  /** Made at the first search: most blocks of prose never search. */
  private answers: Map<string, { from: number; at: number }> | undefined;
  constructor(private readonly s: string) {}

  next(needle: string, from: number): number {
    const answers = (this.answers ??= new Map());
    const last = answers.get(needle);
    if (last && from >= last.from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.s.indexOf(needle, from);
    answers.set(needle, { from, at });
    return at;
  }
}
