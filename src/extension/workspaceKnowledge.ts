// Built-in knowledge plus the workspace's knowledge files (*.policy.yaml), kept up to date.
import * as vscode from 'vscode';
import {
  severityOf,
  KnowledgeBase,
  knowledgeFileDiagnostics,
  parseKnowledgeFile,
  type Diagnostic,
  type DiagnosticCode,
  type ParsedKnowledgeFile,
} from '../core';
import { builtinKnowledge } from '../knowledge';
import type { Parsing } from './parsing';
import { KeyedDebounce } from './debounce';
import { safeReadText } from './safeRead';
import type { Settings } from './settings';

const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export class WorkspaceKnowledge implements vscode.Disposable {
  /** Parsed files by URI string. A file's id inside the engine is its workspace-relative path. */
  private readonly files = new Map<
    string,
    { uri: vscode.Uri; parsed: ParsedKnowledgeFile; notRead?: { code: DiagnosticCode; message: string } }
  >();
  /** Built on first use, not at activation (parsing the built-in YAML takes time). */
  private base: KnowledgeBase | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private watchers: vscode.Disposable[] = [];

  constructor(
    private readonly settings: (uri?: vscode.Uri) => Settings,
    private readonly parsing: Parsing,
  ) {}

  get knowledge(): KnowledgeBase {
    this.base ??= this.build();
    return this.base;
  }

  /** Finds and reads every knowledge file, then watches them. */
  async load(token?: vscode.CancellationToken): Promise<void> {
    this.files.clear();
    this.watch();
    const found = new Map<string, vscode.Uri>();
    for (const pattern of this.patterns()) {
      for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDE, 5000, token)) found.set(uri.toString(), uri);
    }
    await Promise.all([...found.values()].map((uri) => this.read(uri)));
    this.rebuild();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = this.patterns().map((glob) => {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      const update = async (uri: vscode.Uri) => {
        await this.read(uri);
        this.rebuild();
      };
      w.onDidCreate(update);
      w.onDidChange(update);
      w.onDidDelete((uri) => {
        this.files.delete(uri.toString());
        this.rebuild();
      });
      return w;
    });
    // Unsaved changes count too (an entry added by "Add as actor…" works before it is saved);
    // closing an unsaved file goes back to what is on disk.
    const live = (doc: vscode.TextDocument) => this.isKnowledgeFile(doc) && this.readSoon(doc.uri);
    this.watchers.push(
      vscode.workspace.onDidChangeTextDocument((e) => live(e.document)),
      vscode.workspace.onDidCloseTextDocument(live),
    );
  }

  private isKnowledgeFile(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme === 'file' && this.patterns().some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  /** The knowledge-file globs, each relative to its folder (a bare string would match whole paths). */
  private patterns(): readonly vscode.RelativePattern[] {
    return this.settings().knowledgePatterns;
  }

  private readonly pending = new KeyedDebounce();

  private readSoon(uri: vscode.Uri): void {
    this.pending.run(uri.toString(), this.settings().debounceMs, () => void this.read(uri).then(() => this.rebuild()));
  }

  /** Which read of each file is the latest: an older parse that ends later is dropped. */
  private readonly reads = new Map<string, number>();

  private async read(uri: vscode.Uri): Promise<void> {
    // A file that cannot be read (too large, binary, not a regular file, a link out of an
    // untrusted workspace) contributes nothing, and says so, rather than freezing the editor.
    const key = uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed && d.isDirty);
    const read =
      open && open.getText().length <= this.settings().maxFileSize
        ? { text: open.getText() }
        : await safeReadText(uri, this.settings().maxFileSize);
    if ('notFound' in read) {
      this.files.delete(uri.toString());
      return;
    }
    const file = vscode.workspace.asRelativePath(uri);
    // Parsed in a worker thread: a large knowledge file takes a while to read.
    const parsed = 'text' in read ? await this.parsing.knowledge(read.text, file) : { error: read.notRead };
    if (this.reads.get(key) !== ticket) return;
    const notRead =
      'error' in parsed
        ? { code: 'text' in read ? ('unreadable-file' as const) : read.code, message: `Knowledge file not read: ${parsed.error}` }
        : undefined;
    this.files.set(uri.toString(), {
      uri,
      parsed: 'error' in parsed ? parseKnowledgeFile('{}', file) : parsed,
      ...(notRead ? { notRead } : {}),
    });
  }

  private build(): KnowledgeBase {
    return KnowledgeBase.build([
      ...(this.settings().builtinKnowledge ? builtinKnowledge({ world: this.settings().worldKnowledge }) : []),
      ...[...this.files.values()].map((f) => f.parsed.source),
    ]);
  }

  private rebuild(): void {
    this.base = this.build();
    this.emitter.fire();
  }

  /** Settings changed: the built-in switch or the globs. */
  async reload(): Promise<void> {
    await this.load();
  }

  fileUris(): vscode.Uri[] {
    return [...this.files.values()].map((f) => f.uri);
  }

  diagnostics(uri: vscode.Uri): Diagnostic[] {
    const f = this.files.get(uri.toString());
    if (f?.notRead) {
      const { code, message } = f.notRead;
      const severity = severityOf(code, this.settings(uri).severity);
      if (severity === 'off') return [];
      return [
        {
          code,
          severity,
          message,
          start: 0,
          end: 0,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ];
    }
    return f ? knowledgeFileDiagnostics(f.parsed, this.knowledge, this.settings(uri).severity) : [];
  }

  /** The knowledge file an entry came from (its origin.file), for go-to-definition. */
  /** The knowledge files as read (unsaved changes included), with their URIs. */
  parsedFiles(): Array<{ uri: vscode.Uri; parsed: ParsedKnowledgeFile }> {
    return [...this.files.values()].map(({ uri, parsed }) => ({ uri, parsed }));
  }

  fileOf(relativePath: string): { uri: vscode.Uri; parsed: ParsedKnowledgeFile } | undefined {
    for (const f of this.files.values()) if (f.parsed.file === relativePath) return f;
    return undefined;
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.pending.dispose();
    this.emitter.dispose();
  }
}
