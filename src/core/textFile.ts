// What the CLI and the editor do with the bytes of a file they read (analysis, knowledge or
// bibliography file), whichever way they read it: one rule for binary files, one for the BOM.

/** Files larger than this are never turned into one string, whatever the size limit says (V8 cannot). */
export const HARD_MAX_BYTES = 256 * 1024 * 1024;

/** Binary data is recognised, as git does, by a NUL byte in the first 8 KB. */
const SNIFF_BYTES = 8192;

export type Decoded = { readonly text: string } | { readonly binary: true };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { binary: true };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Why a file was not read, in the same words from the CLI and the editor. */
export const NOT_READ = {
  folder: 'a folder, not a file',
  notRegular: 'not a regular file (a FIFO, device or socket)',
  binary: 'binary data (a NUL byte in the first 8 KB)',
} as const;
