// The editor's own gestures on what the engine recognised: references, rename, semantic tokens,
// folding, smart select, links, workspace symbols, Markdown users' defaults, and Markdown opted in.
// A file is written for the tests and removed after them.
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, diagnosticsWhere, fixtureUri } from './helpers';

const TEXT = [
  '---', // 0
  'title: Native features',
  'references:',
  '  - id: note2023',
  '    title: A field note',
  'actors:', // 5
  '  envoy: {name: Special Envoy, kind: person}',
  'events:',
  '  talks: {title: Border talks, date: 2023-05-02, actors: [envoy, russia]}',
  '---',
  '# Talks', // 10
  '',
  "The Special Envoy met Russia's delegation [@note2023].",
  '',
  '- first point',
  '- second point', // 15
  '',
  '## Aftermath',
  '',
  'Later the [envoy]{.actor ref=envoy} wrote to Russia and to Wagner. See https://example.org/report. Notes: [here](notes.policy.md).',
  '', // 20
].join('\n');

type Row = [string, number, number, number, number];
const row = (l: vscode.Location): Row => [
  vscode.workspace.asRelativePath(l.uri),
  l.range.start.line,
  l.range.start.character,
  l.range.end.line,
  l.range.end.character,
];

describe('editor-native features', () => {
  const uri = fixtureUri('native.policy.md');
  let doc: vscode.TextDocument;

  before(async () => {
    writeFileSync(uri.fsPath, TEXT);
    await api();
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });
  after(async () => {
    await (await api()).scope.setScope('file');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(uri.fsPath, { force: true });
  });

  it('finds every reference of an actor in the file: definition, id list, mention and ref= span', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      uri,
      new vscode.Position(12, 8),
    );
    assert.deepEqual(refs.map(row), [
      ['native.policy.md', 6, 2, 6, 7],
      ['native.policy.md', 8, 58, 8, 63],
      ['native.policy.md', 12, 4, 12, 17],
      ['native.policy.md', 19, 11, 19, 16],
    ]);
  });

  it('finds the mentions of a workspace actor in every analysis file in the workspace scope, and its knowledge-file definition', async () => {
    const at = new vscode.Position(19, 62);
    const inFile = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
    assert.deepEqual(inFile.map(row), [
      ['native.policy.md', 19, 59, 19, 65],
      ['shared.policy.yaml', 6, 2, 6, 8],
    ]);
    await (await api()).scope.setScope('workspace');
    const all = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
    assert.deepEqual(all.map(row), [
      ['native.policy.md', 19, 59, 19, 65],
      ['notes.policy.md', 15, 4, 15, 16],
      ['shared.policy.yaml', 6, 2, 6, 8],
    ]);
    await (await api()).scope.setScope('file');
  });

  it('renames an id everywhere it is written, as one edit, and refuses a clash or a built-in entry', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      uri,
      new vscode.Position(6, 4),
      'special-envoy',
    );
    const edits = edit.entries().flatMap(([u, es]) => es.map((e) => [...row(new vscode.Location(u, e.range)), e.newText]));
    assert.deepEqual(edits, [
      ['native.policy.md', 6, 2, 6, 7, 'special-envoy'],
      ['native.policy.md', 8, 58, 8, 63, 'special-envoy'],
      ['native.policy.md', 19, 29, 19, 34, 'special-envoy'],
    ]);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, new vscode.Position(8, 60), 'wagner')),
      /An actor "wagner" exists already \(shared\.policy\.yaml\)/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, new vscode.Position(12, 24), 'rus')),
      /"Russia" is built-in knowledge/,
    );
  });

  it('renames a display name where it is defined and where the prose writes it, from a mention written with it', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      uri,
      new vscode.Position(12, 8),
      'UN Special Envoy',
    );
    assert.deepEqual(
      edit.entries().flatMap(([u, es]) => es.map((e) => [...row(new vscode.Location(u, e.range)), e.newText])),
      [
        ['native.policy.md', 6, 16, 6, 29, 'UN Special Envoy'],
        ['native.policy.md', 12, 4, 12, 17, 'UN Special Envoy'],
      ],
    );
  });

  it('gives the names it recognised semantic tokens of their own, with where their entry comes from', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    assert.deepEqual(legend.tokenTypes, ['policyActor', 'policyEvent', 'policyConcept', 'policyCitation']);
    assert.deepEqual(legend.tokenModifiers, ['builtin', 'workspace', 'local', 'unresolved']);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    const decoded: Array<[number, number, string, string, string]> = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type, mods] = Array.from(tokens.data.slice(i, i + 5)) as [number, number, number, number, number];
      line += dl;
      char = dl === 0 ? char + dc : dc;
      const modifiers = legend.tokenModifiers.filter((_, k) => mods & (1 << k)).join(' ');
      decoded.push([line, char, doc.lineAt(line).text.slice(char, char + len), legend.tokenTypes[type]!, modifiers]);
    }
    assert.deepEqual(
      decoded.filter(([l]) => l >= 10),
      [
        [12, 4, 'Special Envoy', 'policyActor', 'local'],
        [12, 22, 'Russia', 'policyActor', 'builtin'],
        [12, 44, 'note2023', 'policyCitation', 'local'],
        [19, 11, 'envoy', 'policyActor', 'local'],
        [19, 45, 'Russia', 'policyActor', 'builtin'],
        [19, 59, 'Wagner', 'policyActor', 'workspace'],
      ],
    );
  });

  it('folds front matter, sections, lists', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.deepEqual(
      ranges.map((r) => [r.start, r.end, r.kind]),
      [
        [0, 9, vscode.FoldingRangeKind.Imports],
        [10, 19, undefined],
        [14, 15, undefined],
        [17, 19, undefined],
      ],
    );
  });

  it('grows a selection from a word to its sentence, paragraph and sections', async () => {
    const [chain] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', uri, [
      new vscode.Position(19, 38),
    ]);
    const got: string[] = [];
    for (let s: vscode.SelectionRange | undefined = chain; s; s = s.parent) got.push(doc.getText(s.range).split('\n')[0]!);
    assert.deepEqual(got.slice(0, 5), [
      'wrote',
      'Later the [envoy]{.actor ref=envoy} wrote to Russia and to Wagner.',
      doc.lineAt(19).text,
      '## Aftermath',
      '# Talks',
    ]);
  });

  it('links URLs and other files', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character, l.target?.toString()]),
      [
        [19, 71, 97, 'https://example.org/report'],
        [19, 106, 129, fixtureUri('notes.policy.md').toString()],
      ],
    );
  });

  it('lists actors, events, concepts and headings of the workspace as symbols', async () => {
    const find = async (query: string) =>
      (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query))
        .filter((s) => s.name.toLowerCase().includes(query.toLowerCase()))
        .map((s) => [s.name, vscode.SymbolKind[s.kind], s.containerName, ...row(s.location).slice(0, 3)]);
    assert.deepEqual(await find('Wagner'), [['Wagner Group', 'Class', 'actor · shared.policy.yaml', 'shared.policy.yaml', 6, 2]]);
    assert.deepEqual(await find('Border talks'), [['Border talks', 'Event', 'event · native.policy.md', 'native.policy.md', 8, 2]]);
    assert.deepEqual(await find('Aftermath'), [['Aftermath', 'String', 'heading · native.policy.md', 'native.policy.md', 17, 0]]);
  });

  it('sets the defaults Markdown users expect for the language', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'policy-analysis' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.deepEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
  });

  it('analyses Markdown files only once they are opted in', async () => {
    const plain = fixtureUri('plain.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(vscode.languages.getDiagnostics(plain), []);
    await vscode.workspace.getConfiguration('policyLens').update('languages', ['markdown'], vscode.ConfigurationTarget.Workspace);
    try {
      const d = await diagnosticsWhere(plain, (x) => x.length === 1);
      assert.deepEqual(
        d.map((x) => [typeof x.code === 'object' ? x.code.value : x.code, x.range.start.line]),
        [['uncited-claim', 2]],
      );
    } finally {
      await vscode.workspace.getConfiguration('policyLens').update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(plain, (x) => x.length === 0);
  });
});

describe('the outline', () => {
  const uri = fixtureUri('outline.policy.md');
  const OUTLINE = [
    '# Background', // 0
    '',
    'The talks began in spring.',
    '',
    '## Earlier rounds',
    '', // 5
    '### The first round',
    '',
    '## Later rounds',
    '',
    '# Outlook', // 10
    '',
    'Nothing is settled yet.',
    '',
  ].join('\n');

  before(() => writeFileSync(uri.fsPath, OUTLINE));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(uri.fsPath, { force: true });
  });

  it('nests headings by level, each section running to the next heading at its level or above', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    type Outline = [string, number, number, number, Outline[]];
    const outline = (s: vscode.DocumentSymbol): Outline => [
      s.name,
      s.range.start.line,
      s.range.end.line,
      s.range.end.character,
      s.children.map(outline),
    ];
    assert.deepEqual(symbols.map(outline), [
      [
        'Background',
        0,
        9,
        0,
        [
          ['Earlier rounds', 4, 7, 0, [['The first round', 6, 7, 0, []]]],
          ['Later rounds', 8, 9, 0, []],
        ],
      ],
      ['Outlook', 10, 13, 0, []],
    ]);
  });
});
