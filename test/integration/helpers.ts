// Shared by the integration tests: the extension's API, fixture documents, waiting on events.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'policy-lens.policy-lens';

export async function api(): Promise<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const exported = ext.isActive ? ext.exports : await ext.activate();
  await exported.ready;
  return exported;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc);
}

/**
 * Puts a fixture back as it is on disk, whatever a test did to it, without relying on which
 * editor has focus (as the revert command does).
 */
export async function restore(name: string): Promise<void> {
  const uri = fixtureUri(name);
  const doc = await vscode.workspace.openTextDocument(uri);
  const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  if (doc.getText() !== disk) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.isDirty) await doc.save();
}

/** Resolves when the diagnostics of `uri` satisfy `ok`; fails after `ms` with what was there. */
export function diagnosticsWhere(
  uri: vscode.Uri,
  ok: (d: readonly vscode.Diagnostic[]) => boolean,
  ms = 15_000,
): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (ok(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics never matched; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(summary))}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (ok(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/** A diagnostic as [code, severity name, [startLine, startChar, endLine, endChar]]. */
export function summary(d: vscode.Diagnostic): [string, string, number[]] {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  return [
    code,
    vscode.DiagnosticSeverity[d.severity],
    [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
  ];
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Waits until `ok()` holds, re-checking whenever `event` fires. */
export function until<T>(event: vscode.Event<T>, ok: () => boolean, ms = 15_000): Promise<void> {
  if (ok()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('condition never held'));
    }, ms);
    const sub = event(() => {
      if (ok()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

/** Saves a measurement where `npm run bench` reads it (out/measurements/NAME.json). */
export function measurement(name: string, value: Record<string, number>): void {
  const dir = process.env.POLICY_LENS_MEASUREMENTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(value));
}

/** A measurement for the run's output (the runner prints the results file). */
export function report(line: string): void {
  console.log(line);
  if (process.env.POLICY_LENS_TEST_OUT) appendFileSync(process.env.POLICY_LENS_TEST_OUT, `    ${line}\n`);
}
