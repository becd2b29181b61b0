// Escaping of untrusted text for Markdown. No vscode import, so plain-Node unit tests cover it.

/**
 * Escapes text so Markdown shows it literally: syntax characters get a backslash, `<`, `>` and
 * `&` become entities, line breaks become spaces. Unlike MarkdownString.appendText, spaces stay
 * spaces, so long definitions wrap in the hover.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\d+)\./, '$1\\.');
}
