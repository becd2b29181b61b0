// `policy-lens check`: the same engine as the editor, over files on disk. Never writes to them.
import { dirname, resolve } from 'node:path';
import {
  analyze,
  DIAGNOSTIC_CODES,
  HARD_MAX_BYTES,
  NOT_READ,
  KnowledgeBase,
  knowledgeFileDiagnostics,
  LineIndex,
  parseBibliography,
  parseKnowledgeFile,
  unsupportedBibliography,
  type Analysis,
  type BibliographyResult,
  type Diagnostic,
  type ParsedKnowledgeFile,
} from '../core';
import { builtinKnowledge } from '../knowledge';
import type { CheckArgs } from './args';
import { displayPath, findTargets, readText, type ReadResult } from './files';
import { diagnosticsOnly, fileReport, type Report } from './report';

export interface CheckRun {
  readonly report: Report;
  readonly analyses: Analysis[];
  /** Set when the run was interrupted before every file was checked. */
  readonly cancelled: boolean;
  /** Files named on the command line that could not be read (exit 2). */
  readonly unreadable: readonly string[];
}

export interface CheckHooks {
  /** Called before each document: for a progress line. */
  progress?(done: number, total: number, path: string): void;
  /** Polled between files; true stops the run. */
  cancelled?(): boolean;
  /** Called around the reading and analysis of one file (which cannot be interrupted from inside). */
  busy?(busy: boolean): void;
}

/** Why a file was not read, as the one diagnostic its report holds. */
function notRead(what: string, read: Exclude<ReadResult, { text: string }>, maxSize: number): Diagnostic {
  if ('unreadable' in read)
    return oneDiagnostic('unreadable-file', DIAGNOSTIC_CODES['unreadable-file'].severity, `${what} not read: ${read.unreadable}`);
  if ('binary' in read)
    return oneDiagnostic('binary-file', DIAGNOSTIC_CODES['binary-file'].severity, `${what} not read: ${NOT_READ.binary}`);
  return oneDiagnostic(
    'file-too-large',
    DIAGNOSTIC_CODES['file-too-large'].severity,
    `${what} not read: ${read.tooLarge.toLocaleString('en')} bytes is over the limit of ` +
      `${Math.min(maxSize, HARD_MAX_BYTES).toLocaleString('en')} (--max-size)`,
  );
}

/** The error of a bibliography that was not read, naming it as the front matter does. */
function bibliographyNotRead(bib: string, abs: string, read: Exclude<ReadResult, { text: string }>): string {
  if ('unreadable' in read) return `${bib}: ${read.notFound ? `not found (looked for ${displayPath(abs)})` : read.unreadable}`;
  if ('binary' in read) return `${bib}: ${NOT_READ.binary}`;
  return `${bib}: too large to read (${read.tooLarge.toLocaleString('en')} bytes, over --max-size)`;
}

function oneDiagnostic(code: Diagnostic['code'], severity: Diagnostic['severity'], message: string): Diagnostic {
  return { code, severity, message, start: 0, end: 0, range: new LineIndex('').range(0, 0) };
}

export async function runCheck(args: CheckArgs, hooks: CheckHooks = {}): Promise<CheckRun> {
  const targets = findTargets(args.paths, args.knowledge);
  const files: ParsedKnowledgeFile[] = [];
  const report: Report = { version: 1, files: [] };
  for (const path of targets.knowledge) {
    const read = readText(path, args.maxSize);
    if ('text' in read) files.push(parseKnowledgeFile(read.text, path));
    else report.files.push(diagnosticsOnly(displayPath(path), [notRead('Knowledge file', read, args.maxSize)]));
  }
  const knowledge = KnowledgeBase.build([...(args.builtin ? builtinKnowledge({ world: args.world }) : []), ...files.map((f) => f.source)]);
  for (const f of files) {
    const diagnostics = knowledgeFileDiagnostics(f, knowledge);
    if (diagnostics.length) report.files.push(diagnosticsOnly(displayPath(f.file), diagnostics));
  }

  const bibliographies = new Map<string, BibliographyResult>();
  // Absolute, so that they resolve the same from every file.
  const workspaceBibliographies = args.bibliographies.map((b) => resolve(b));
  const analyses: Analysis[] = [];
  const unreadable: string[] = [];
  let cancelled = false;
  for (const [i, path] of targets.documents.entries()) {
    // Yield to the event loop so Ctrl-C is handled between files.
    await new Promise((r) => setImmediate(r));
    if (hooks.cancelled?.()) {
      cancelled = true;
      break;
    }
    hooks.progress?.(i, targets.documents.length, displayPath(path));
    hooks.busy?.(true);
    const read = readText(path, args.maxSize);
    if (!('text' in read)) {
      hooks.busy?.(false);
      if ('unreadable' in read && targets.named.has(path)) unreadable.push(displayPath(path));
      report.files.push(diagnosticsOnly(displayPath(path), [notRead('File', read, args.maxSize)]));
      continue;
    }
    const analysis = analyze(read.text, {
      knowledge,
      maxSize: args.maxSize,
      bibliographies: workspaceBibliographies,
      ...(args.requireLocators ? { severity: { 'missing-locator': 'warning' } } : {}),
      claimSeverity: args.claimSeverity,
      readBibliography: (bib) => {
        const abs = resolve(dirname(path), bib);
        let result = bibliographies.get(abs);
        if (!result) {
          // The extension is checked first: `bibliography: /dev/stdin` is never opened.
          result = unsupportedBibliography(bib);
          if (!result) {
            const r = readText(abs, args.maxSize);
            result = 'text' in r ? parseBibliography(r.text, bib) : { references: [], error: bibliographyNotRead(bib, abs, r) };
          }
          bibliographies.set(abs, result);
        }
        return result;
      },
    });
    analyses.push(analysis);
    report.files.push(fileReport(displayPath(path), analysis));
    hooks.busy?.(false);
  }
  return { report, analyses, cancelled, unreadable };
}
