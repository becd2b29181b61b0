// One Analysis per document version, shared by every feature. Nothing else calls analyze().
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core';
import type { Bibliographies } from './bibliographies';
import type { Settings } from './settings';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

interface Cached {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Analysis;
}

export class Analyses implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  /** Bumped when anything besides the text changes: knowledge, bibliographies, settings. */
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Every cached analysis is stale (knowledge, a bibliography or a setting changed). */
  readonly onDidInvalidate = this.emitter.event;

  constructor(
    private readonly knowledge: WorkspaceKnowledge,
    private readonly bibliographies: Bibliographies,
    private readonly settings: () => Settings,
  ) {}

  get(doc: vscode.TextDocument): Analysis {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.analysis;
    // The previous analysis lets the engine skip every paragraph that did not change.
    const analysis = this.analyzeText(doc.getText(), doc.uri, hit?.analysis);
    this.cache.set(key, { version: doc.version, generation: this.generation, analysis });
    return analysis;
  }

  /** For files that are not open (the workspace scope of the tree): not cached here. */
  analyzeText(text: string, uri: vscode.Uri, previous?: Analysis): Analysis {
    const s = this.settings();
    return analyze(text, {
      ...(previous ? { previous } : {}),
      knowledge: this.knowledge.knowledge,
      readBibliography: (path) => this.bibliographies.read(uri, path),
      bibliographies: this.bibliographies.fromSettings(uri, s.bibliographies),
      severity: { 'missing-locator': s.missingLocator },
      claimSeverity: s.claimSeverity,
      citationScope: s.citationScope,
      maxSize: s.maxFileSize,
    });
  }

  invalidate(): void {
    this.generation++;
    this.emitter.fire();
  }

  drop(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
