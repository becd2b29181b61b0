// The workspace's configuration files (.policy-lens.yaml), the same the CLI reads: found at
// activation, kept up to date (unsaved changes count), and looked up by walking up from a file.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig, type Diagnostic, type ProjectConfig } from '../core';
import { KeyedDebounce } from './debounce';
import { safeReadText } from './safeRead';

const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const MAX_CONFIG_BYTES = 1_000_000;

export interface ConfigFile {
  readonly uri: vscode.Uri;
  /** The folder its paths and globs are relative to. */
  readonly dir: vscode.Uri;
  /** What it sets, without what is wrong in it. */
  readonly config: ProjectConfig;
  readonly diagnostics: readonly Diagnostic[];
}

export class ProjectConfigs implements vscode.Disposable {
  /** By the URI string of the folder that holds each file. */
  private readonly byDir = new Map<string, ConfigFile>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pending = new KeyedDebounce();
  /** Which read of each file is the latest: an older read that ends later is dropped. */
  private readonly reads = new Map<string, number>();

  private watchers: vscode.Disposable[] = [];

  constructor(private readonly debounceMs: () => number) {
    this.watch();
    this.subscriptions.push(
      // A folder added to the workspace (or removed) brings its configuration files (or takes them).
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        void this.load();
      }),
      // As for knowledge files: what the user types counts before it is saved, and closing an
      // unsaved file goes back to what is on disk.
      vscode.workspace.onDidChangeTextDocument((e) => this.isConfig(e.document.uri) && this.readSoon(e.document.uri)),
      // Opened, it is read again: a file the watchers have not reported yet (one just created,
      // while the watchers start) counts once the writer looks at it.
      vscode.workspace.onDidOpenTextDocument((d) => this.isConfig(d.uri) && this.readSoon(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.isConfig(d.uri) && this.readSoon(d.uri)),
    );
  }

  /**
   * One watcher per workspace folder, relative to it, as for knowledge files: a bare glob goes to
   * the workspace-wide watcher, which missed files created during the integration suite.
   */
  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    const reread = (uri: vscode.Uri) => void this.read(uri).then(() => this.emitter.fire());
    this.watchers = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `**/${CONFIG_FILE_NAME}`));
      return [
        watcher,
        watcher.onDidCreate(reread),
        watcher.onDidChange(reread),
        watcher.onDidDelete((uri) => {
          this.reads.set(uri.toString(), (this.reads.get(uri.toString()) ?? 0) + 1);
          if (this.byDir.delete(dirOf(uri).toString())) this.emitter.fire();
        }),
      ];
    });
  }

  /** Finds and reads every configuration file of the workspace (again: what a removed folder held is gone). */
  async load(): Promise<void> {
    this.byDir.clear();
    const uris = await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, EXCLUDE, 1000);
    await Promise.all(uris.map((uri) => this.read(uri)));
    this.emitter.fire();
  }

  /** The configuration that governs a file: the nearest one in its folder or above. */
  nearest(uri: vscode.Uri): ConfigFile | undefined {
    if (this.byDir.size === 0) return undefined;
    let dir = dirOf(uri);
    for (;;) {
      const hit = this.byDir.get(dir.toString());
      if (hit) return hit;
      const parent = dirOf(dir);
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  }

  /** The configuration of the workspace as a whole: the one at the first folder's root, if any. */
  root(): ConfigFile | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && this.byDir.get(folder.uri.toString());
  }

  all(): ConfigFile[] {
    return [...this.byDir.values()];
  }

  private isConfig(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && uri.path.endsWith(`/${CONFIG_FILE_NAME}`) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  private readSoon(uri: vscode.Uri): void {
    this.pending.run(uri.toString(), this.debounceMs(), () => void this.read(uri).then(() => this.emitter.fire()));
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed && d.isDirty);
    const read = open ? { text: open.getText() } : await safeReadText(uri, MAX_CONFIG_BYTES);
    if (this.reads.get(key) !== ticket) return;
    const dir = dirOf(uri);
    if ('notFound' in read) {
      this.byDir.delete(dir.toString());
      return;
    }
    const parsed =
      'text' in read ? parseConfig(read.text) : { config: {}, diagnostics: [notReadDiagnostic(`Configuration not read: ${read.notRead}`)] };
    this.byDir.set(dir.toString(), { uri, dir, ...parsed });
  }

  dispose(): void {
    this.pending.dispose();
    this.watchers.forEach((w) => w.dispose());
    this.subscriptions.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}

function dirOf(uri: vscode.Uri): vscode.Uri {
  let path = uri.path;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const cut = path.lastIndexOf('/');
  return uri.with({ path: cut <= 0 ? '/' : path.slice(0, cut) });
}

function notReadDiagnostic(message: string): Diagnostic {
  const zero = { line: 0, character: 0 };
  return { code: 'config', severity: 'error', message, start: 0, end: 0, range: { start: zero, end: zero } };
}
