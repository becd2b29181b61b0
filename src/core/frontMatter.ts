// Finds the YAML front matter block: `---` on the first line, closed by `---` or `...`.
import type { LineIndex } from './lineIndex';

export interface FrontMatterBlock {
  /** Offset of the opening `---`. */
  readonly start: number;
  /** The YAML between the fences. */
  readonly yamlStart: number;
  readonly yamlEnd: number;
  /** End of the closing fence line (or of the text, when unclosed). */
  readonly end: number;
  /** Where the Markdown body starts. */
  readonly bodyStart: number;
  readonly closed: boolean;
}

export function findFrontMatter(text: string, lines: LineIndex): FrontMatterBlock | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/^---[ \t]*$/.test(text.slice(start, lines.lineEnd(0)))) return undefined;
  // `---` followed by a blank line is a thematic break, as in Pandoc.
  if (lines.lineCount > 1 && text.slice(lines.lineStart(1), lines.lineEnd(1)).trim() === '') return undefined;
  const yamlStart = lines.lineStart(1);
  for (let line = 1; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    if (/^(?:---|\.\.\.)[ \t]*$/.test(content)) {
      const end = lines.lineEnd(line);
      return {
        start,
        yamlStart,
        yamlEnd: lines.lineStart(line),
        end,
        bodyStart: line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length,
        closed: true,
      };
    }
  }
  return { start, yamlStart, yamlEnd: text.length, end: text.length, bodyStart: yamlStart, closed: false };
}
