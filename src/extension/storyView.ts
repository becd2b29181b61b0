// Policy Lens: Show Timeline — a webview beside the editor with the timeline of the dated events
// and the relations between actors, of the file or the workspace (the sidebar's scope). It follows
// edits and the active editor through the scope model; a click reveals the place in the text.
// Policy Lens: Export Report… opens the same as a self-contained HTML document, left unsaved.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { buildStory, type Story, type StoryPlace } from '../core';
import { loadHtmlReport } from '../views/loadReport';
import type { ScopeModel } from './scope';

export class StoryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What was last sent to the webview: for the integration tests. */
  lastSent: Story | undefined;
  /** Resolves each time the webview has drawn what it was sent. */
  private drawn = new vscode.EventEmitter<void>();
  readonly onDidDraw = this.drawn.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly scope: ScopeModel,
  ) {
    this.subscriptions.push(
      scope.onDidChange(() => this.send()),
      this.drawn,
    );
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = (this.panel = vscode.window.createWebviewPanel(
      'policyLens.timeline',
      'Policy Lens: Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist, media] },
    ));
    panel.webview.html = page(panel.webview, vscode.Uri.joinPath(dist, 'storyWebview.js'), vscode.Uri.joinPath(media, 'timeline.css'));
    panel.webview.onDidReceiveMessage(
      (m: { type: string; place?: StoryPlace }) => {
        if (m.type === 'ready') this.send();
        else if (m.type === 'drawn') this.drawn.fire();
        else if (m.type === 'reveal' && m.place) void reveal(m.place);
      },
      undefined,
      this.subscriptions,
    );
    // Hidden and shown again, the webview starts anew: it asks for the story ('ready') and keeps its filter (setState).
    panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
  }

  private send(): void {
    if (!this.panel) return;
    this.lastSent = buildStory(this.scope.scopedFiles.map((f) => ({ source: f.uri.toString(), analysis: f.analysis })));
    void this.panel.webview.postMessage({ type: 'story', story: this.lastSent });
  }

  /** The report of the sidebar's files as an untitled HTML document: the writer saves it where they want. */
  async exportReport(): Promise<void> {
    const files = this.scope.scopedFiles;
    if (files.length === 0) {
      void vscode.window.showInformationMessage('Open an analysis file first (or switch the Policy Lens view to the workspace).');
      return;
    }
    const named = files.map((f) => ({ source: vscode.workspace.asRelativePath(f.uri), analysis: f.analysis }));
    const doc = await vscode.workspace.openTextDocument({
      language: 'html',
      content: loadHtmlReport().htmlReport(
        buildStory(named),
        named.map((f) => f.source),
      ),
    });
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

async function reveal(place: StoryPlace): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(place.source));
  const range = new vscode.Range(doc.positionAt(place.start), doc.positionAt(place.end));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range });
}

/** The webview's page: a strict CSP with a nonce, the script and style from the extension's files, theme colours from VS Code. */
function page(webview: vscode.Webview, script: vscode.Uri, style: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:">
<link rel="stylesheet" href="${webview.asWebviewUri(style).toString()}">
</head>
<body>
<div id="policy-lens-views">
<h2>Timeline</h2>
<div data-view="timeline"></div>
<h2>Relations</h2>
<div data-view="relations"></div>
<div data-view="details" aria-live="polite"></div>
</div>
<table class="sr-only" aria-label="Events"><tbody id="policy-lens-table"></tbody></table>
<script nonce="${nonce}" src="${webview.asWebviewUri(script).toString()}"></script>
</body>
</html>`;
}
