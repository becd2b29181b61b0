// The Timeline view (a webview): what it was sent for a file with dated, ranged, partial and
// undated events, and that it follows an edit. A file is written for the test and removed after.
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, fixtureUri, until } from './helpers';

const TEXT = [
  '---',
  'events:',
  '  talks: {title: Border talks, date: 2023-05-02, end: 2023-05-04, actors: [russia, georgia]}',
  '  truce: {title: Winter truce, date: 2022-12, actors: [russia]}',
  '  later: {title: A later meeting}',
  '---',
  'Russia and Georgia met for the Border talks. The Winter truce held. A later meeting was planned.',
  '',
].join('\n');

describe('the Timeline view', () => {
  const uri = fixtureUri('timeline.policy.md');
  before(async () => {
    writeFileSync(uri.fsPath, TEXT);
    await api();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(uri.fsPath, { force: true });
  });

  it('is sent the dated events as periods, the undated apart, and the actors linked by sentence and event', async () => {
    const a = await api();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const drawn = new Promise<void>((resolve) => a.story.onDidDraw(() => resolve()));
    await vscode.commands.executeCommand('policyLens.showTimeline');
    await drawn;
    const story = a.story.lastSent!;
    const day = (ms: number | undefined) => new Date(ms!).toISOString().slice(0, 10);
    assert.deepEqual(
      story.events.map((e) => [e.id, e.precision, day(e.from), day(e.to), e.actorNames]),
      [
        ['truce', 'month', '2022-12-01', '2023-01-01', ['Russia']],
        ['talks', 'day', '2023-05-02', '2023-05-05', ['Russia', 'Georgia']],
      ],
    );
    assert.deepEqual(
      story.undated.map((e) => e.id),
      ['later'],
    );
    assert.deepEqual(
      story.actors.map((x) => [x.id, x.mentions]),
      [
        ['georgia', 1],
        ['russia', 1],
      ],
    );
    assert.deepEqual(
      story.edges.map((e) => [e.source, e.target, e.sentences.map((s) => [s.line, s.text]), e.events, e.weight]),
      [['georgia', 'russia', [[6, 'Russia and Georgia met for the Border talks.']], ['talks'], 2]],
    );
    assert.equal(story.events[1]!.place?.source, uri.toString());
  });

  it('follows an edit', async () => {
    const a = await api();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())!;
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), '  summit: {title: Spring summit, date: 2024-03-01}\n'));
    await until(a.story.onDidDraw, () => a.story.lastSent!.events.some((e) => e.id === 'summit'));
    assert.deepEqual(
      a.story.lastSent!.events.map((e) => e.id),
      ['truce', 'talks', 'summit'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
