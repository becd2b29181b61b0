// Adds an entry to a document's front matter as an insertion: under an existing block-style
// `actors:`/`events:`/`concepts:` key, as a new key before the closing `---`, or as a new
// front matter at the top. Never rewrites what is there; undefined when it cannot insert safely.
import * as vscode from 'vscode';
import type { Analysis, EntryKind } from '../core';

/** The key each kind of entry is defined under, in front matter and knowledge files alike. */
export const SECTION: Record<EntryKind, 'actors' | 'events' | 'concepts'> = { actor: 'actors', event: 'events', concept: 'concepts' };

/** An id made from a name ("Rukban camp" → rukban-camp), or `fallback` when the name has no letter or digit. */
export function idFromName(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}

export function yamlString(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}

export function defineEntryEdit(
  doc: vscode.TextDocument,
  a: Analysis,
  kind: EntryKind,
  id: string,
  name: string,
): vscode.WorkspaceEdit | undefined {
  const field = kind === 'actor' ? 'name' : kind === 'event' ? 'title' : 'term';
  const extra = kind === 'actor' ? ', kind: other' : '';
  const entry = `  ${id}: {${field}: ${yamlString(name)}${extra}}`;
  const edit = new vscode.WorkspaceEdit();
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const fm = a.frontMatter;
  if (!fm) {
    edit.insert(doc.uri, new vscode.Position(0, 0), `---${eol}${SECTION[kind]}:${eol}${entry}${eol}---${eol}`);
    return edit;
  }
  const section = SECTION[kind];
  // Where the analysis found the key: only a block mapping (or an empty value) takes a new line safely.
  const found = fm.sections?.[section];
  if (found && !found.block) return undefined;
  if (found) edit.insert(doc.uri, new vscode.Position(found.line + 1, 0), `${entry}${eol}`);
  else edit.insert(doc.uri, new vscode.Position(fm.range.end.line, 0), `${section}:${eol}${entry}${eol}`);
  return edit;
}
