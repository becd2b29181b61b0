// Load: 10,000 random edits through the VS Code API on an open analysis document. At the end the
// published diagnostics must be exactly those of a fresh analysis of the final text, and the
// extension host's heap must not have grown without bound.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { analyze, KnowledgeBase, parseKnowledgeFile } from '../../src/core';
import { builtinKnowledge } from '../../src/knowledge';
import { api, diagnosticsWhere, fixtureUri, report, summary } from './helpers';

const EDITS = Number(process.env.POLICY_LENS_SOAK_EDITS ?? 10_000);
const FRAGMENTS = [
  'Russia',
  ' said ',
  '“all of us”',
  ' 40% ',
  '[@umland2022]',
  '[^1]',
  '\n\n',
  '\n',
  '. ',
  'limited sovereignty',
  '[x]{.claim}',
  '[y]{.opinion}',
  '`',
  '<!-- policy-lens-disable-next-line -->\n',
  '---\n',
  '# ',
  '- ',
  'CSTO activation',
  '@key',
  '[',
  ']',
  '{',
  '}',
  'Кремль',
  '😀',
  'e\u0301',
  '\r\n',
];

describe('soak', function () {
  this.timeout(900_000);

  it(`stays correct and bounded through ${EDITS.toLocaleString('en')} random edits`, async () => {
    await api();
    const start = (await vscode.workspace.fs.readFile(fixtureUri('notes.policy.md'))).toString();
    const doc = await vscode.workspace.openTextDocument({ language: 'policy-analysis', content: start });
    const editor = await vscode.window.showTextDocument(doc);
    let seed = 20261125;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();

    for (let i = 0; i < EDITS; i++) {
      const length = doc.getText().length;
      const at = Math.floor(random() * (length + 1));
      const ok = await editor.edit(
        (b) => {
          if (length > 20_000 || random() < 0.35) {
            const end = Math.min(length, at + 1 + Math.floor(random() * (length > 20_000 ? 4000 : 12)));
            b.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(end)));
          } else b.insert(doc.positionAt(at), FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!);
        },
        { undoStopBefore: false, undoStopAfter: false },
      );
      assert.ok(ok, `edit ${i} was refused`);
    }

    const seconds = (Date.now() - started) / 1000;
    const knowledgeText = (await vscode.workspace.fs.readFile(fixtureUri('shared.policy.yaml'))).toString();
    const knowledge = KnowledgeBase.build([...builtinKnowledge(), parseKnowledgeFile(knowledgeText, 'shared.policy.yaml').source]);
    const expected = analyze(doc.getText(), { knowledge }).diagnostics.map((d) =>
      [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character].join(':'),
    );
    const key = (x: vscode.Diagnostic) => {
      const [code, , r] = summary(x);
      return [code, ...r].join(':');
    };
    await diagnosticsWhere(doc.uri, (d) => JSON.stringify(d.map(key)) === JSON.stringify(expected), 30_000);
    const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    report(
      `measured: ${EDITS} edits in ${seconds.toFixed(1)} s, ${doc.getText().length} characters at the ` +
        `end, ${expected.length} diagnostics, heap growth ${growthMb.toFixed(1)} MB`,
    );
    assert.ok(growthMb < 200, `heap grew by ${growthMb.toFixed(0)} MB`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
