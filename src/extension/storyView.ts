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
    const panel = (this.panel = vscode.window.createWebviewPanel(
      'policyLens.timeline',
      'Policy Lens: Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist] },
    ));
    panel.webview.html = page(panel.webview, vscode.Uri.joinPath(dist, 'storyWebview.js'));
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
    const story = buildStory(files.map((f) => ({ source: vscode.workspace.asRelativePath(f.uri), analysis: f.analysis })));
    const claims = story.claims.length;
    const cited = story.claims.filter((c) => c.cited).length;
    const title =
      files.length === 1
        ? `Policy Lens report: ${vscode.workspace.asRelativePath(files[0]!.uri)}`
        : `Policy Lens report: ${files.length} files`;
    const doc = await vscode.workspace.openTextDocument({
      language: 'html',
      content: loadHtmlReport().htmlReport(story, title, { files: files.length, claims, cited }),
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

/** The webview's page: a strict CSP with a nonce, the script from the extension's dist, theme colours from VS Code. */
function page(webview: vscode.Webview, script: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:">
<style nonce="${nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
h2 { font-size: 1.1em; border-bottom: 1px solid var(--vscode-panel-border); }
svg text { fill: var(--vscode-foreground); font-size: 12px; }
svg .chips { fill: var(--vscode-descriptionForeground); }
.axis path, .axis line { stroke: var(--vscode-descriptionForeground); }
.axis text { fill: var(--vscode-descriptionForeground); }
.event rect { fill: var(--vscode-charts-blue); opacity: .85; }
.event:focus rect, .event:hover rect { opacity: 1; stroke: var(--vscode-focusBorder); }
.event.precision-year rect { opacity: .45; }
.event.precision-month rect { opacity: .6; }
.edges line { stroke: var(--vscode-descriptionForeground); opacity: .5; }
.edges line:hover, .edges line:focus { opacity: 1; stroke: var(--vscode-focusBorder); }
.node circle { stroke: var(--vscode-editor-background); stroke-width: 1.5; }
.node:focus circle { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.kind-state circle { fill: var(--vscode-charts-blue); }
.kind-organization circle { fill: var(--vscode-charts-purple); }
.kind-person circle { fill: var(--vscode-charts-red); }
.kind-group circle { fill: var(--vscode-charts-orange); }
.kind-region circle { fill: var(--vscode-charts-green); }
.kind-other circle { fill: var(--vscode-charts-foreground); }
a { color: var(--vscode-textLink-foreground); }
:focus { outline: 1px solid var(--vscode-focusBorder); }
.sr-only { position: absolute; left: -10000px; }
</style>
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
