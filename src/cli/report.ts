// The machine-readable report of a run (the `--format json` shape), built from Analyses.
import {
  claimSummary,
  collectEntities,
  severityRank,
  type Analysis,
  type Diagnostic,
  type MentionForm,
  type MentionRef,
  type Range,
  type Severity,
} from '../core';

export interface FileReport {
  readonly path: string;
  readonly diagnostics: Array<{ code: string; severity: Severity; message: string; range: Range }>;
  readonly claims: Array<{ range: Range; kinds: string[]; evidence: Array<{ kind: string; rule: string; text: string }>; cited: boolean }>;
  /** `forms`: how many mentions name it by its demonym or capital, when any does. */
  readonly actors: Array<{
    id: string;
    name: string;
    kind: string;
    mentions: number;
    forms?: Partial<Record<'name' | MentionForm, number>>;
  }>;
  readonly events: Array<{ id: string; title: string; date: string | null; actors: string[]; mentions: number }>;
  readonly concepts: Array<{ id: string; term: string; mentions: number }>;
  /** Proper names no entry matched, most mentioned first. */
  readonly unrecognized: Array<{ name: string; mentions: number; kind?: string; variants?: string[] }>;
}

export interface Report {
  readonly version: 1;
  readonly files: FileReport[];
}

function diagnostic(d: Diagnostic): FileReport['diagnostics'][number] {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range };
}

/** One file's report: the entries it mentions (or defines in its front matter), with mention counts. */
export function fileReport(path: string, a: Analysis): FileReport {
  const { actors, events, concepts } = collectEntities([{ source: path, analysis: a }]);
  return {
    path,
    diagnostics: a.diagnostics.map(diagnostic),
    claims: a.claims.map((c) => ({
      range: c.range,
      kinds: [...c.kinds],
      evidence: c.evidence.map((e) => ({ kind: e.kind, rule: e.rule, text: e.text })),
      cited: c.cited,
    })),
    actors: actors.map(({ entry: e, mentions }) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      mentions: mentions.length,
      ...formCounts(mentions),
    })),
    events: events.map(({ entry: e, mentions }) => ({
      id: e.id,
      title: e.title,
      date: e.date ?? null,
      actors: [...e.actors],
      mentions: mentions.length,
    })),
    concepts: concepts.map(({ entry: e, mentions }) => ({ id: e.id, term: e.term, mentions: mentions.length })),
    unrecognized: a.unrecognized.map((u) => ({
      name: u.name,
      mentions: u.mentions.length,
      ...(u.kind ? { kind: u.kind } : {}),
      ...(u.variants.length > 1 ? { variants: [...u.variants] } : {}),
    })),
  };
}

/** Mentions by form, when some are not names (demonyms, capitals). */
function formCounts(mentions: readonly MentionRef[]): { forms?: Partial<Record<'name' | MentionForm, number>> } {
  if (!mentions.some((m) => m.mention.form)) return {};
  const forms: Partial<Record<'name' | MentionForm, number>> = {};
  for (const m of mentions) forms[m.mention.form ?? 'name'] = (forms[m.mention.form ?? 'name'] ?? 0) + 1;
  return { forms };
}

/** A report for a file that has diagnostics only (a knowledge file, a skipped file). */
export function diagnosticsOnly(path: string, diagnostics: readonly Diagnostic[]): FileReport {
  return { path, diagnostics: diagnostics.map(diagnostic), claims: [], actors: [], events: [], concepts: [], unrecognized: [] };
}

export interface Totals {
  files: number;
  claims: number;
  cited: number;
  uncited: number;
  bySeverity: Record<Severity, number>;
}

export function totals(report: Report, analyses: readonly Analysis[]): Totals {
  const t: Totals = { files: analyses.length, claims: 0, cited: 0, uncited: 0, bySeverity: { error: 0, warning: 0, info: 0, hint: 0 } };
  for (const a of analyses) {
    const s = claimSummary(a);
    t.claims += s.claims;
    t.cited += s.cited;
    t.uncited += s.uncited;
  }
  for (const f of report.files) for (const d of f.diagnostics) t.bySeverity[d.severity]++;
  return t;
}

/** Whether any finding is at least as severe as `failOn`. */
export function fails(report: Report, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.files.some((f) => f.diagnostics.some((d) => severityRank(d.severity) >= severityRank(failOn)));
}
