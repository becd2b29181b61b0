// A sentence as words and the punctuation that claim rules look at, with offsets into the sentence.
// One linear pass (each regex alternative starts on a different character class).

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes made straight, a final possessive 's kept. */
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Punctuation token (one character). */
  readonly punct: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[,;:()"“”«»„—–?!]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const first = word.charCodeAt(0);
    const punct = word.length === 1 && !/[\p{L}\p{N}]/u.test(word);
    const lower = word.toLowerCase().replace(/’/g, "'");
    out.push({ start: m.index, end: m.index + word.length, lower, cap: !punct && first !== lower.charCodeAt(0) && !/\d/.test(word[0]!), punct });
  }
  return out;
}

/** The word without a possessive ending ("Russia's" -> "russia"). */
export function stem(t: Token): string {
  return t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
}
