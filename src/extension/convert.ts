// Core types -> VS Code types. The only place that knows both.
import * as vscode from 'vscode';
import { codeDocUrl, type Diagnostic, type LineIndex, type Range, type Severity, type Span } from '../core';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function spanRange(lines: LineIndex, span: Span): vscode.Range {
  return toRange(lines.range(span.start, span.end));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Each code's documentation link, parsed once (not once per diagnostic). */
const DOC_URIS = new Map<string, vscode.Uri>();

export function toDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const v = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  v.source = 'policy-lens';
  let target = DOC_URIS.get(d.code);
  if (!target) DOC_URIS.set(d.code, (target = vscode.Uri.parse(codeDocUrl(d.code))));
  v.code = { value: d.code, target };
  if (d.code === 'unused-reference') v.tags = [vscode.DiagnosticTag.Unnecessary];
  return v;
}
