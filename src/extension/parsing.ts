// Parses knowledge files and bibliographies in a worker thread (parseWorker.ts), one request at a
// time, with a watchdog: a file that takes longer than the limit stops the worker (a new one takes
// the next request) and is reported as not read, naming it.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { LineIndex, type BibliographyResult, type ParsedKnowledgeFile } from '../core';

export type ParseRequest = {
  readonly id: number;
  readonly kind: 'knowledge' | 'bibliography';
  readonly text: string;
  readonly file: string;
};
export type ParseReply =
  | { readonly id: number; readonly knowledge: Omit<ParsedKnowledgeFile, 'lines'> }
  | { readonly id: number; readonly bibliography: BibliographyResult }
  | { readonly id: number; readonly error: string };

/** How long one file may take to parse before it is given up. */
export const PARSE_TIMEOUT_MS = 20_000;

interface Queued {
  readonly request: ParseRequest;
  resolve(reply: ParseReply): void;
}

export class Parsing implements vscode.Disposable {
  private worker: Worker | undefined;
  private readonly queue: Queued[] = [];
  private current: (Queued & { timer: ReturnType<typeof setTimeout> }) | undefined;
  private nextId = 0;

  constructor(
    private readonly script = join(__dirname, 'parseWorker.js'),
    private readonly timeoutMs = PARSE_TIMEOUT_MS,
  ) {}

  async knowledge(text: string, file: string): Promise<ParsedKnowledgeFile | { error: string }> {
    const reply = await this.request('knowledge', text, file);
    if ('error' in reply) return reply;
    return 'knowledge' in reply ? { ...reply.knowledge, lines: new LineIndex(text) } : { error: 'unexpected reply' };
  }

  async bibliography(text: string, file: string): Promise<BibliographyResult> {
    const reply = await this.request('bibliography', text, file);
    if ('error' in reply) return { references: [], error: `${file}: ${reply.error}` };
    return 'bibliography' in reply ? reply.bibliography : { references: [], error: `${file}: unexpected reply` };
  }

  private request(kind: ParseRequest['kind'], text: string, file: string): Promise<ParseReply> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, kind, text, file }, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current) return;
    const next = this.queue.shift();
    if (!next) return;
    const worker = this.spawn();
    const timer = setTimeout(() => {
      // The watchdog: the worker cannot be interrupted, only stopped (before the next request is sent).
      this.worker = undefined;
      void worker.terminate();
      this.finish({ id: next.request.id, error: `reading took over ${this.timeoutMs / 1000} s and was stopped` });
    }, this.timeoutMs);
    this.current = { ...next, timer };
    worker.postMessage(next.request);
  }

  private finish(reply: ParseReply): void {
    const current = this.current;
    if (!current || current.request.id !== reply.id) return;
    clearTimeout(current.timer);
    this.current = undefined;
    current.resolve(reply);
    this.pump();
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (reply: ParseReply) => this.finish(reply));
    // A crash (out of memory, a bug) fails the request at hand; the next one gets a new worker.
    const failed = (why: string) => {
      // A worker the watchdog stopped has been replaced already.
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.current) this.finish({ id: this.current.request.id, error: why });
    };
    worker.on('error', (e) => failed(`cannot be read (${e.message})`));
    worker.on('exit', (code) => code !== 0 && failed(`cannot be read (the parser stopped with code ${code})`));
    // An idle worker does not keep the extension host alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    if (this.current) clearTimeout(this.current.timer);
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
