/**
 * The hash of a word with ASCII letters lower-cased, as the matcher and the claim triggers
 * compute it inline while scanning text; -1 for a word with other characters.
 */
export function hashWord(word: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
}
