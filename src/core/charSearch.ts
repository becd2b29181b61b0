// The engine's own search for the next of a few characters: scanners jump from one to the next
// instead of reading every character in JavaScript.

/**
 * The offset of the next match of the global `re` (a one-character class) in `text` at or after
 * `from`, or the text's length. test() makes no match object.
 */
export function nextOf(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : text.length;
}
