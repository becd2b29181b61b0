// Markdown for hovers and tooltips. Text from workspace files is untrusted: it is escaped
// (escapeMarkdown), HTML and command links are off, and only https links are made.
import * as vscode from 'vscode';
import { escapeMarkdown } from './escape';

export { escapeMarkdown };

/** Appends untrusted text, escaped. */
export function text(md: vscode.MarkdownString, value: string): void {
  md.appendMarkdown(escapeMarkdown(value));
}

export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** A label of our own in bold, then untrusted text. */
export function field(md: vscode.MarkdownString, label: string, text: string | undefined): void {
  if (!text) return;
  md.appendMarkdown(`\n\n**${label}:** ${escapeMarkdown(text)}`);
}

/** An https link; anything else is shown as text. */
export function link(md: vscode.MarkdownString, url: string): void {
  if (/^https:\/\/[^\s()<>]+$/i.test(url)) {
    md.appendMarkdown(`[${escapeMarkdown(url)}](${url.replace(/[()]/g, encodeURIComponent)})`);
  } else text(md, url);
}
