// `policy-lens check`: the same engine as the editor, over files on disk. Never writes to them.
import { dirname, resolve } from 'node:path';
import { analyze, KnowledgeBase, knowledgeFileDiagnostics, LineIndex, parseBibliography, parseKnowledgeFile, type Analysis, type BibliographyResult, type Diagnostic, type ParsedKnowledgeFile } from '../core';
import { builtinKnowledge } from '../knowledge';
import type { CheckArgs } from './args';
import { displayPath, findTargets, readText } from './files';
import { diagnosticsOnly, fileReport, type Report } from './report';

export interface CheckRun {
  readonly report: Report;
  readonly analyses: Analysis[];
  /** Set when the run was interrupted before every file was checked. */
  readonly cancelled: boolean;
}

export interface CheckHooks {
  /** Called before each document: for a progress line. */
  progress?(done: number, total: number, path: string): void;
  /** Polled between files; true stops the run. */
  cancelled?(): boolean;
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
    else report.files.push(diagnosticsOnly(displayPath(path), [oneDiagnostic('front-matter', 'error', 'skipped' in read ? `Knowledge file ${read.skipped}` : `Knowledge file too large (${read.tooLarge} bytes)`)]));
  }
  const knowledge = KnowledgeBase.build([...(args.builtin ? builtinKnowledge() : []), ...files.map((f) => f.source)]);
  for (const f of files) {
    const diagnostics = knowledgeFileDiagnostics(f, knowledge);
    if (diagnostics.length) report.files.push(diagnosticsOnly(displayPath(f.file), diagnostics));
  }

  const bibliographies = new Map<string, BibliographyResult>();
  // Absolute, so that they resolve the same from every file.
  const workspaceBibliographies = args.bibliographies.map((b) => resolve(b));
  const analyses: Analysis[] = [];
  let cancelled = false;
  for (const [i, path] of targets.documents.entries()) {
    // Yield to the event loop so Ctrl-C is handled between files.
    await new Promise((r) => setImmediate(r));
    if (hooks.cancelled?.()) {
      cancelled = true;
      break;
    }
    hooks.progress?.(i, targets.documents.length, displayPath(path));
    const read = readText(path, args.maxSize);
    if ('skipped' in read) {
      report.files.push(diagnosticsOnly(displayPath(path), [oneDiagnostic('file-too-large', 'info', `Not analysed: ${read.skipped}`)]));
      continue;
    }
    if ('tooLarge' in read) {
      report.files.push(diagnosticsOnly(displayPath(path), [oneDiagnostic('file-too-large', 'info', `Not analysed: ${read.tooLarge.toLocaleString('en')} bytes is over the limit of ${args.maxSize.toLocaleString('en')} (--max-size)`)]));
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
          const r = readText(abs, args.maxSize);
          if ('text' in r) result = parseBibliography(r.text, bib);
          else if ('tooLarge' in r) result = { references: [], error: `${bib}: too large to read (${r.tooLarge.toLocaleString('en')} bytes, over --max-size)` };
          else result = { references: [], error: `${bib}: ${r.skipped.includes('ENOENT') ? `not found (looked for ${displayPath(abs)})` : r.skipped}` };
          bibliographies.set(abs, result);
        }
        return result;
      },
    });
    analyses.push(analysis);
    report.files.push(fileReport(displayPath(path), analysis));
  }
  return { report, analyses, cancelled };
}
