// Escaping of untrusted text for Markdown. No vscode import, so plain-Node unit tests cover it.

/**
 * Escapes text so Markdown shows it literally: syntax characters get a backslash, `<`, `>` and
 * `&` become entities, line breaks become spaces. Unlike MarkdownString.appendText, spaces stay
 * spaces, so long definitions wrap in the hover.
 */
export function escapeMarkdown(text: string): string {
  return joinLines(text)
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\d+)\./, '$1\\.');
}

/** Line breaks, with the white space around them, as one space (a regular expression would rescan long runs of spaces). */
function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  const out = [parts[0]!.trimEnd()];
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const part = last ? parts[i]!.trimStart() : parts[i]!.trim();
    if (part || last) out.push(part);
  }
  return out.join(' ');
}
