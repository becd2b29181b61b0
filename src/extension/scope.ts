// Which files the sidebar shows: the active analysis file, or every *.policy.md of the workspace.
// The workspace scan shows progress in the view and can be cancelled.
import * as vscode from 'vscode';
import { collectEntities, type Analysis, type Entities } from '../core';
import type { Analyses } from './analyses';
import { isAnalysisDocument, type Settings } from './settings';

export type Scope = 'file' | 'workspace';

export interface ScopedFile {
  readonly uri: vscode.Uri;
  readonly analysis: Analysis;
}

export class ScopeModel implements vscode.Disposable {
  scope: Scope = 'file';
  private files: ScopedFile[] = [];
  private entitiesCache: Entities | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts refreshes, so that one overtaken while it waited for an analysis gives way. */
  private refreshes = 0;
  private latest: Promise<void> = Promise.resolve();
  private scan: vscode.CancellationTokenSource | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly analyses: Analyses,
    private readonly settings: (uri?: vscode.Uri) => Settings,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.scope === 'file' && this.refresh()),
      // Only needed while nothing is shown (focus in a panel when the view opened): a switch of the
      // active editor already refreshed.
      vscode.window.onDidChangeVisibleTextEditors(() => this.scope === 'file' && this.files.length === 0 && this.refreshSoon()),
      vscode.workspace.onDidChangeTextDocument((e) => isAnalysisDocument(e.document) && this.refreshSoon()),
      vscode.workspace.onDidSaveTextDocument((d) => isAnalysisDocument(d) && this.refreshSoon()),
      analyses.onDidInvalidate(() => this.refreshSoon()),
    );
    // The first refresh runs just after activation, not during it.
    this.refreshSoon(0);
  }

  get entities(): Entities {
    this.entitiesCache ??= collectEntities(this.files.map((f) => ({ source: f.uri.toString(), analysis: f.analysis })));
    return this.entitiesCache;
  }

  get scopedFiles(): readonly ScopedFile[] {
    return this.files;
  }

  async setScope(scope: Scope): Promise<void> {
    this.scope = scope;
    await vscode.commands.executeCommand('setContext', 'policyLens.scope', scope);
    await this.refresh();
  }

  /** Debounced, as the tree follows typing. */
  refreshSoon(delay = this.settings().debounceMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /**
   * Shows the files of the scope as they are now. Resolves when the tree is up to date: a refresh
   * overtaken by a newer one (a debounced edit, a switch of scope) resolves with that one.
   */
  refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.scan?.cancel();
    this.latest = this.update(++this.refreshes);
    return this.latest;
  }

  private async update(refresh: number): Promise<void> {
    if (this.scope === 'file') {
      // The active editor, else a visible analysis editor (focus may be in a panel or the sidebar).
      const active = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors]
        .map((e) => e?.document)
        .find((d) => d && isAnalysisDocument(d));
      // Keep showing the last analysis file while another kind of editor (or none) is active.
      const shown =
        this.files.length === 1
          ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.files[0]!.uri.toString() && !d.isClosed)
          : undefined;
      const doc = active ?? shown;
      // Analysed in slices: a refresh that started later wins.
      const analysis = doc && (await this.analyses.request(doc));
      if (refresh !== this.refreshes) return this.latest;
      this.files = doc && analysis ? [{ uri: doc.uri, analysis }] : [];
    } else {
      const scan = (this.scan = new vscode.CancellationTokenSource());
      const files = await vscode.window.withProgress(
        { location: { viewId: 'policyLens.actors' }, title: 'Indexing analysis files', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => scan.cancel());
          return this.scanWorkspace(scan.token, progress);
        },
      );
      if (refresh !== this.refreshes) return this.latest;
      if (scan.token.isCancellationRequested) return;
      this.files = files;
    }
    this.entitiesCache = undefined;
    await vscode.commands.executeCommand('setContext', 'policyLens.hasAnalysis', this.files.length > 0);
    this.emitter.fire();
  }

  private scanWorkspace(
    token: vscode.CancellationToken,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
  ): Promise<ScopedFile[]> {
    return this.analyses.workspaceFiles(token, (done, total) => progress.report({ message: `${done}/${total}`, increment: 100 / total }));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.scan?.cancel();
    this.subscriptions.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}
