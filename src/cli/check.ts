// `policy-lens check`: the same engine as the editor, over files on disk. Never writes to them.
import { dirname, resolve } from 'node:path';
import {
  analyze,
  configIncludes,
  DEFAULT_MAX_SIZE,
  severityOf,
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
  type DiagnosticCode,
  type ProjectConfig,
  type ParsedKnowledgeFile,
} from '../core';
import { builtinKnowledge } from '../knowledge';
import type { CheckArgs } from './args';
import { displayPath, findTargets, readText, walkFiles, type ReadResult, type Targets } from './files';
import { projectPath, Projects, type Project } from './projects';
import { diagnosticsOnly, fileReport, type Report } from './report';

export interface CheckRun {
  readonly report: Report;
  readonly analyses: Analysis[];
  /** Each analysis with the path it is reported under. */
  readonly analysed: Array<{ source: string; analysis: Analysis }>;
  /** Set when the run was interrupted before every file was checked. */
  readonly cancelled: boolean;
  /** Files named on the command line that could not be read (exit 2). */
  readonly unreadable: readonly string[];
  /** Milliseconds spent analysing the files and building their reports (POLICY_LENS_TIMING). */
  readonly timings: { analysis: number; report: number };
}

export interface CheckHooks {
  /** Called before each document: for a progress line. */
  progress?(done: number, total: number, path: string): void;
  /** Polled between files; true stops the run. */
  cancelled?(): boolean;
  /** Called around the reading and analysis of one file (which cannot be interrupted from inside). */
  busy?(busy: boolean): void;
}

/** Why a file was not read, as the one diagnostic its report holds (none when its code is off). */
function notRead(
  what: string,
  read: Exclude<ReadResult, { text: string }>,
  maxSize: number,
  configured: ProjectConfig['severity'],
): Diagnostic[] {
  const [code, message]: [DiagnosticCode, string] =
    'unreadable' in read
      ? ['unreadable-file', `${what} not read: ${read.unreadable}`]
      : 'binary' in read
        ? ['binary-file', `${what} not read: ${NOT_READ.binary}`]
        : [
            'file-too-large',
            `${what} not read: ${read.tooLarge.toLocaleString('en')} bytes is over the limit of ` +
              `${Math.min(maxSize, HARD_MAX_BYTES).toLocaleString('en')} (--max-size)`,
          ];
  const severity = severityOf(code, configured);
  return severity === 'off' ? [] : [{ code, severity, message, start: 0, end: 0, range: new LineIndex('').range(0, 0) }];
}

/** The error of a bibliography that was not read, naming it as the front matter does. */
function bibliographyNotRead(bib: string, abs: string, read: Exclude<ReadResult, { text: string }>): string {
  if ('unreadable' in read) return `${bib}: ${read.notFound ? `not found (looked for ${displayPath(abs)})` : read.unreadable}`;
  if ('binary' in read) return `${bib}: ${NOT_READ.binary}`;
  return `${bib}: too large to read (${read.tooLarge.toLocaleString('en')} bytes, over --max-size)`;
}

/** Knowledge bases by project: each configuration may name its own knowledge files or turn the built-in off. */
class KnowledgeSets {
  private readonly parsed = new Map<string, ParsedKnowledgeFile | null>();
  private readonly bases = new Map<Project, KnowledgeBase>();
  private readonly globbed = new Map<string, string[]>();
  constructor(
    private readonly targets: Targets,
    private readonly report: Report,
  ) {}

  of(project: Project): KnowledgeBase {
    let base = this.bases.get(project);
    if (base) return base;
    const c = project.config;
    const files = this.files(project)
      .map((path) => this.parse(path, c.maxFileSize ?? DEFAULT_MAX_SIZE, c.severity))
      .filter((f): f is ParsedKnowledgeFile => f !== null);
    const builtin = c.builtinKnowledge ?? true;
    base = KnowledgeBase.build([...(builtin ? builtinKnowledge({ world: c.worldKnowledge ?? true }) : []), ...files.map((f) => f.source)]);
    for (const f of files) {
      if (this.reported.has(f.file)) continue;
      this.reported.add(f.file);
      const diagnostics = knowledgeFileDiagnostics(f, base, c.severity);
      if (diagnostics.length) this.report.files.push(diagnosticsOnly(displayPath(f.file), diagnostics));
    }
    this.bases.set(project, base);
    return base;
  }

  private readonly reported = new Set<string>();

  /** The configuration's knowledge globs from its folder, or the files found beside the documents; --knowledge files always. */
  private files(project: Project): string[] {
    const globs = project.config.knowledge;
    if (!project.file || !globs) return this.targets.knowledge;
    let found = this.globbed.get(project.dir);
    if (!found) {
      const matched: string[] = [];
      walkFiles(project.dir, (path) => {
        if (configIncludes({ files: globs }, projectPath(project, path))) matched.push(path);
      });
      this.globbed.set(project.dir, (found = matched));
    }
    return [...new Set([...found, ...this.targets.extraKnowledge])].sort();
  }

  private parse(path: string, maxSize: number, severity: ProjectConfig['severity']): ParsedKnowledgeFile | null {
    let f = this.parsed.get(path);
    if (f !== undefined) return f;
    const read = readText(path, maxSize);
    if ('text' in read) f = parseKnowledgeFile(read.text, path);
    else {
      f = null;
      this.report.files.push(diagnosticsOnly(displayPath(path), notRead('Knowledge file', read, maxSize, severity)));
    }
    this.parsed.set(path, f);
    return f;
  }
}

export async function runCheck(args: CheckArgs, hooks: CheckHooks = {}): Promise<CheckRun> {
  const projects = new Projects(args);
  const targets = findTargets(args.paths, args.knowledge, projects);
  const report: Report = { version: 1, files: [] };
  const knowledgeSets = new KnowledgeSets(targets, report);

  const bibliographies = new Map<string, BibliographyResult>();
  // Absolute, so that they resolve the same from every file.
  const flagBibliographies = args.bibliographies.map((b) => resolve(b));
  const analyses: Analysis[] = [];
  const timings = { analysis: 0, report: 0 };
  const analysed: Array<{ source: string; analysis: Analysis }> = [];
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
    const project = projects.of(path);
    const c = project.config;
    const maxSize = c.maxFileSize ?? DEFAULT_MAX_SIZE;
    const knowledge = knowledgeSets.of(project);
    hooks.busy?.(true);
    const read = readText(path, maxSize);
    if (!('text' in read)) {
      hooks.busy?.(false);
      if ('unreadable' in read && targets.named.has(path)) unreadable.push(displayPath(path));
      report.files.push(diagnosticsOnly(displayPath(path), notRead('File', read, maxSize, c.severity)));
      continue;
    }
    const started = performance.now();
    const analysis = analyze(read.text, {
      knowledge,
      maxSize,
      bibliographies: [...(c.bibliographies ?? []).map((b) => resolve(project.dir, b)), ...flagBibliographies],
      ...(c.severity ? { severity: c.severity } : {}),
      ...(c.claimSeverity ? { claimSeverity: c.claimSeverity } : {}),
      ...(c.citationScope ? { citationScope: c.citationScope } : {}),
      readBibliography: (bib) => {
        const abs = resolve(dirname(path), bib);
        let result = bibliographies.get(abs);
        if (!result) {
          // The extension is checked first: `bibliography: /dev/stdin` is never opened.
          result = unsupportedBibliography(bib);
          if (!result) {
            const r = readText(abs, maxSize);
            result = 'text' in r ? parseBibliography(r.text, bib) : { references: [], error: bibliographyNotRead(bib, abs, r) };
          }
          bibliographies.set(abs, result);
        }
        return result;
      },
    });
    analyses.push(analysis);
    analysed.push({ source: displayPath(path), analysis });
    const done = performance.now();
    report.files.push(fileReport(displayPath(path), analysis));
    timings.analysis += done - started;
    timings.report += performance.now() - done;
    hooks.busy?.(false);
  }
  return { report, analyses, analysed, cancelled, unreadable, timings };
}
