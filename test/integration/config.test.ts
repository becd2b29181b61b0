// The configuration file in the editor: the same .policy-lens.yaml as the CLI test
// (test/fixtures/config-parity) gives the same diagnostics; its mistakes are diagnostics at their
// lines; a setting the user sets overrides it; the files it ignores get nothing.
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, diagnosticsWhere, fixtureUri } from './helpers';

const FIXTURE = join(__dirname, '../../../test/fixtures/config-parity');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'))['parity.policy.md'] as unknown[];

function rows(ds: readonly vscode.Diagnostic[]): unknown[] {
  const names = ['error', 'warning', 'info', 'hint'];
  return ds
    .filter((d) => d.source === 'policy-lens')
    .map((d) => [
      d.range.start.line,
      d.range.start.character,
      d.range.end.line,
      d.range.end.character,
      names[d.severity],
      typeof d.code === 'object' ? String(d.code.value) : String(d.code),
    ]);
}

describe('the configuration file (.policy-lens.yaml)', () => {
  const folder = fixtureUri('config-parity');
  const parity = vscode.Uri.joinPath(folder, 'parity.policy.md');
  const config = vscode.Uri.joinPath(folder, '.policy-lens.yaml');

  before(async () => {
    await api();
    cpSync(FIXTURE, folder.fsPath, { recursive: true });
    // The file watchers may not report a file created just after activation (they are still
    // starting): the configuration is opened, as a writer would look at it, which reads it too.
    await vscode.workspace.openTextDocument(config);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('severity.quotation', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder.fsPath, { recursive: true, force: true });
  });

  it('gives the diagnostics the CLI gives for the same file', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(parity));
    const got = await diagnosticsWhere(parity, (d) => JSON.stringify(rows(d)) === JSON.stringify(expected), 20_000);
    assert.deepEqual(rows(got), expected);
  });

  it('leaves the files it ignores without diagnostics', async () => {
    const skipped = vscode.Uri.joinPath(folder, 'skipped.policy.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(skipped));
    // An unknown ref= id would be an error in a file that is not ignored.
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(rows(vscode.languages.getDiagnostics(skipped)), []);
  });

  it('is overridden by a setting the user sets', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(parity));
    await vscode.workspace.getConfiguration('policyLens').update('severity.quotation', 'hint', vscode.ConfigurationTarget.Workspace);
    // The quotation (error in the file) is now hint; its attribution keeps the file's info.
    const got = await diagnosticsWhere(parity, (d) =>
      rows(d).some((r) => JSON.stringify(r) === JSON.stringify([8, 0, 8, 66, 'info', 'uncited-claim'])),
    );
    assert.deepEqual(rows(got), [expected[0], [8, 0, 8, 66, 'info', 'uncited-claim'], expected[2]]);
    await vscode.workspace.getConfiguration('policyLens').update('severity.quotation', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(parity, (d) => JSON.stringify(rows(d)) === JSON.stringify(expected));
  });

  it('reports its own mistakes at their lines as they are typed, and applies what is right', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
    await editor.edit((e) =>
      e.insert(new vscode.Position(3, 0), 'citationScop: paragraph\nseverity: { uncited-claim: loud, unknown-citation: warning }\n# '),
    );
    const got = await diagnosticsWhere(config, (d) => rows(d).length === 2);
    assert.deepEqual(rows(got), [
      [3, 0, 3, 12, 'error', 'config'],
      [4, 27, 4, 31, 'error', 'config'],
    ]);
    assert.equal(got[0]!.message.startsWith('Unknown setting "citationScop": did you mean "citationScope"?'), true, got[0]!.message);
    // The wrong level is left out: uncited claims take their default (warning), the quotation stays error.
    await diagnosticsWhere(
      parity,
      (d) => JSON.stringify(rows(d)) === JSON.stringify([[6, 0, 6, 88, 'warning', 'uncited-claim'], expected[1], expected[2]]),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhere(config, (d) => rows(d).length === 0);
  });
});
