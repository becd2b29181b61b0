// Bibliography files named in front matter, read through the VS Code file system, cached and
// watched. The engine asks synchronously; a file not read yet answers "pending" and the
// documents are analysed again once it arrives.
import * as vscode from 'vscode';
import { LineIndex, unsupportedBibliography, type BibliographyResult } from '../core';
import { refuseRead } from './access';
import type { Parsing } from './parsing';
import { safeReadText } from './safeRead';

interface Entry {
  result: BibliographyResult;
  lines?: LineIndex;
}

export class Bibliographies implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** A bibliography was read or changed: analyses that used it are stale. */
  readonly onDidChange = this.emitter.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.{json,yaml,yml,bib}');

  /** `maxBytes`: files larger than this are reported, not read (the maxFileSize setting). */
  constructor(
    private readonly maxBytes: () => number,
    private readonly parsing: Parsing,
  ) {
    const changed = (uri: vscode.Uri) => {
      if (this.cache.delete(uri.toString())) this.emitter.fire();
    };
    this.watcher.onDidChange(changed);
    this.watcher.onDidDelete(changed);
    this.watcher.onDidCreate(changed);
  }

  /** The file a front-matter path names, relative to the document. */
  resolve(document: vscode.Uri, path: string): vscode.Uri {
    if (/^[a-zA-Z][\w+.-]*:\/\//.test(path)) return vscode.Uri.parse(path);
    if (path.startsWith('/')) return document.with({ path });
    return vscode.Uri.joinPath(document, '..', path);
  }

  read(document: vscode.Uri, path: string): BibliographyResult {
    const uri = this.resolve(document, path);
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === uri.scheme).map((f) => f.uri.path);
    const refused = refuseRead(path, uri.path, vscode.workspace.isTrusted, folders);
    if (refused) return { references: [], error: refused };
    // The extension is checked before anything is opened (`bibliography: /dev/stdin`).
    const unsupported = unsupportedBibliography(path);
    if (unsupported) return unsupported;
    const key = uri.toString();
    const hit = this.cache.get(key);
    if (hit) return hit.result;
    this.cache.set(key, { result: { references: [], pending: true } });
    void this.load(uri, path);
    return { references: [], pending: true };
  }

  /** Line index of a bibliography's text, for go-to-definition into it. */
  lines(uri: vscode.Uri): LineIndex | undefined {
    return this.cache.get(uri.toString())?.lines;
  }

  private async load(uri: vscode.Uri, path: string): Promise<void> {
    let entry: Entry;
    const read = await safeReadText(uri, this.maxBytes());
    if ('text' in read) {
      // Parsed in a worker thread: a large bibliography takes a while.
      const result = await this.parsing.bibliography(read.text, path);
      entry = { result, lines: new LineIndex(read.text) };
    } else {
      entry = {
        result: {
          references: [],
          error: `${path}: ${read.notFound ? `not found (looked for ${vscode.workspace.asRelativePath(uri)})` : read.notRead}`,
        },
      };
    }
    this.cache.set(uri.toString(), entry);
    this.emitter.fire();
  }

  dispose(): void {
    this.watcher.dispose();
    this.emitter.dispose();
  }
}
