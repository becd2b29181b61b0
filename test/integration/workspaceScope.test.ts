// The sidebar in the workspace scope: every analysis file of the workspace, each with its own
// front matter. A file is written for the test and removed after it.
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, fixtureUri, open } from './helpers';

describe('the workspace scope of the sidebar', () => {
  const uri = fixtureUri('summit.policy.md');

  before(async () => {
    // Sorted after the other fixtures: its front matter's actors are in no other file's knowledge.
    writeFileSync(
      uri.fsPath,
      [
        '---',
        'actors:',
        '  envoy: {name: The Special Envoy, kind: person}',
        'events:',
        '  summit-2023: {title: Border summit, date: 2023-05-02, actors: [envoy, russia]}',
        '---',
        'The Special Envoy met border officials on 2 May 2023.',
        '',
      ].join('\n'),
    );
    await api();
  });
  after(async () => {
    await (await api()).scope.setScope('file');
    rmSync(uri.fsPath, { force: true });
  });

  it('resolves the participants of an event from the file that defines it', async () => {
    await open('notes.policy.md');
    const a = await api();
    await a.scope.setScope('workspace');
    const summit = a.events.getChildren().find((e) => a.events.getTreeItem(e).label === 'Border summit');
    assert.ok(
      summit,
      `the event of summit.policy.md is listed; files: ${a.scope.scopedFiles.map((f) => f.uri.path.split('/').pop()).join(' ')}; events: ${a.events
        .getChildren()
        .map((e) => a.events.getTreeItem(e).label)
        .join(', ')}`,
    );
    assert.deepEqual(
      a.events
        .getChildren(summit)
        .filter((n) => n.type === 'participant')
        .map((n) => a.events.getTreeItem(n).label),
      ['The Special Envoy', 'Russia'],
    );
  });

  it('lists the claims of every file in the Claims view, uncited first', async () => {
    const a = await api();
    await a.scope.setScope('workspace');
    const items = a.claims.getChildren().map((n) => a.claims.getTreeItem(n));
    const summit = items.find((i) => i.label === 'The Special Envoy met border officials on 2 May 2023.');
    assert.ok(summit, 'the claim of summit.policy.md is listed');
    assert.equal(summit.description, 'checkable fact');
    assert.equal((summit.command?.arguments?.[0] as vscode.Uri).toString(), uri.toString());
    const sources = new Set(a.claims.getChildren().map((n) => (n as { source?: string }).source));
    assert.ok(sources.size >= 3, `claims from ${sources.size} files`);
    // Uncited claims (a warning icon) come first, cited ones (a pass icon) after them all.
    const icons = items.map((i) => (i.iconPath as vscode.ThemeIcon).id);
    const firstCited = icons.indexOf('pass');
    assert.ok(firstCited > 0 && icons.slice(firstCited).every((id) => id === 'pass'), icons.join(' '));
  });
});
