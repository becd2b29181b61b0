// One Analysis per document version, shared by every feature. Nothing else calls analyze().
// Features ask with `request`, which runs the analysis in slices of a few milliseconds (the
// extension host stays responsive on a 5 MB file), and share a job that is already running.
// `get` (the tests' API) finishes a running job on the spot.
import * as vscode from 'vscode';
import { analyzeSteps, runSteps, type Analysis, type AnalysisOptions } from '../core';
import type { Bibliographies } from './bibliographies';
import { nextTurn, SLICE_MS, turnOfItsOwn } from './slices';
import { safeReadText } from './safeRead';
import { isAnalysisDocument, type Settings } from './settings';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

const EXCLUDE = '{**/node_modules/**,**/.git/**}';

interface Cached {
  /** The document's version, or for a file that is not open, `disk:` and its modification time and size. */
  readonly version: number | string;
  readonly generation: number;
  readonly analysis: Analysis;
}

/** An analysis being run in slices, for one version of a document. */
interface Job {
  readonly version: number;
  readonly generation: number;
  readonly done: Promise<Analysis>;
  /** Runs the remaining steps now; the promise resolves with the result. */
  finish(): Analysis;
  /** Replaced before it finished (the text or the knowledge changed): answers with its successor's result. */
  handOver(successor: Promise<Analysis>): void;
}

export class Analyses implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly jobs = new Map<string, Job>();
  /** Bumped when anything besides the text changes: knowledge, bibliographies, settings. */
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Every cached analysis is stale (knowledge, a bibliography or a setting changed). */
  readonly onDidInvalidate = this.emitter.event;

  constructor(
    private readonly knowledge: WorkspaceKnowledge,
    private readonly bibliographies: Bibliographies,
    private readonly settings: (uri?: vscode.Uri) => Settings,
  ) {}

  private fresh(doc: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version && hit.generation === this.generation ? hit.analysis : undefined;
  }

  /** The job analysing the document as it is now, if one is running. */
  private running(doc: vscode.TextDocument): Job | undefined {
    const job = this.jobs.get(doc.uri.toString());
    return job && job.version === doc.version && job.generation === this.generation ? job : undefined;
  }

  /** The analysis of the document as it is now, computed on the spot if need be. */
  get(doc: vscode.TextDocument): Analysis {
    return this.fresh(doc) ?? (this.running(doc) ?? this.start(doc)).finish();
  }

  /** The same, computed in slices between which the extension host handles other events. */
  request(doc: vscode.TextDocument): Promise<Analysis> {
    const ready = this.fresh(doc);
    if (ready) return Promise.resolve(ready);
    // The features that wait for an analysis (highlighting, outline, links, folding, diagnostics)
    // resume one per turn: all at once, they held the extension host 600 ms on a 4.5 MB file.
    return (this.running(doc) ?? this.start(doc, true)).done.then(async (a) => {
      await turnOfItsOwn();
      return a;
    });
  }

  /** Starts analysing the document's current text; `sliced`: the event loop drives it a slice at a time. */
  private start(doc: vscode.TextDocument, sliced = false): Job {
    const key = doc.uri.toString();
    const { version } = doc;
    const generation = this.generation;
    // The previous analysis lets the engine skip every paragraph that did not change.
    const steps = analyzeSteps(doc.getText(), this.options(doc.uri, this.cache.get(key)?.analysis, doc.languageId === 'quarto'));
    let resolve!: (a: Analysis) => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<Analysis>((res, rej) => ((resolve = res), (reject = rej)));
    let result: Analysis | undefined;
    const settle = (a: Analysis) => {
      result = a;
      if (this.jobs.get(key) === job) this.jobs.delete(key);
      if (generation === this.generation) this.cache.set(key, { version, generation, analysis: a });
      resolve(a);
      return a;
    };
    const run = (until: number): Analysis | undefined => {
      try {
        const a = runSteps(steps, until);
        return a && settle(a);
      } catch (e) {
        if (this.jobs.get(key) === job) this.jobs.delete(key);
        reject(e);
        throw e;
      }
    };
    const job: Job = {
      version,
      generation,
      done,
      finish: () => result ?? run(Infinity)!,
      handOver: (successor) => {
        if (!result) void successor.then(resolve, reject);
      },
    };
    // Whoever waits on the job this one replaces gets this one's result: nothing waits forever.
    this.jobs.get(key)?.handOver(done);
    this.jobs.set(key, job);
    if (sliced) {
      const slice = () => {
        // A newer job for the document replaced this one: it is dropped unfinished.
        if (result || this.jobs.get(key) !== job) return;
        try {
          if (!run(performance.now() + SLICE_MS)) void nextTurn().then(slice);
        } catch {
          /* the promise carries the error */
        }
      };
      void nextTurn().then(slice);
    }
    return job;
  }

  private options(uri: vscode.Uri, previous: Analysis | undefined, quarto = false): AnalysisOptions {
    const s = this.settings(uri);
    return {
      ...(previous ? { previous } : {}),
      knowledge: this.knowledge.knowledge,
      readBibliography: (path) => this.bibliographies.read(uri, path),
      bibliographies: s.bibliographies,
      severity: s.severity,
      claimSeverity: s.claimSeverity,
      citationScope: s.citationScope,
      maxSize: s.maxFileSize,
      spansInSteps: true,
      ...(quarto ? { quartoCrossrefs: true } : {}),
    };
  }

  /**
   * A file of the workspace as it is now: the open document's analysis, or that of the file on
   * disk, kept in the same cache while its modification time and size stay the same. Undefined
   * when it cannot be read (too large, binary, a FIFO): opened in an editor, it gets its diagnostic.
   */
  async ofFile(uri: vscode.Uri): Promise<Analysis | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && isAnalysisDocument(open)) return this.request(open);
    const stat = await vscode.workspace.fs.stat(uri);
    const version = `disk:${stat.mtime}:${stat.size}`;
    const hit = this.cache.get(key);
    if (hit && hit.version === version && hit.generation === this.generation) return hit.analysis;
    const generation = this.generation;
    const read = await safeReadText(uri, this.settings(uri).maxFileSize);
    if (!('text' in read)) return undefined;
    const analysis = await this.analyzeText(read.text, uri);
    if (generation === this.generation) this.cache.set(key, { version, generation, analysis });
    return analysis;
  }

  /**
   * Every analysis file of the workspace that its configuration does not ignore, analysed (open
   * ones as they are in their editors), in a stable order. Stops early when cancelled.
   */
  async workspaceFiles(
    token?: vscode.CancellationToken,
    progress?: (done: number, total: number) => void,
  ): Promise<Array<{ uri: vscode.Uri; analysis: Analysis }>> {
    const uris = (await vscode.workspace.findFiles('**/*.policy.md', EXCLUDE, 10_000, token)).filter((uri) => !this.settings(uri).ignored);
    uris.sort((a, b) => a.toString().localeCompare(b.toString()));
    const out: Array<{ uri: vscode.Uri; analysis: Analysis }> = [];
    for (const [i, uri] of uris.entries()) {
      if (token?.isCancellationRequested) break;
      progress?.(i + 1, uris.length);
      try {
        const analysis = await this.ofFile(uri);
        if (analysis) out.push({ uri, analysis });
      } catch {
        /* a file deleted during the scan is simply left out */
      }
    }
    return out;
  }

  private async analyzeText(text: string, uri: vscode.Uri): Promise<Analysis> {
    const steps = analyzeSteps(text, this.options(uri, undefined));
    for (;;) {
      const a = runSteps(steps, performance.now() + SLICE_MS);
      if (a) return a;
      await nextTurn();
    }
  }

  invalidate(): void {
    this.generation++;
    this.emitter.fire();
  }

  drop(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.jobs.delete(uri.toString());
  }

  dispose(): void {
    this.jobs.clear();
    this.emitter.dispose();
  }
}
