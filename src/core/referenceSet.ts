// The references a document can cite: workspace-wide bibliographies (settings), then those its
// front matter names, then its inline `references:` (inline wins, as in Pandoc). Problems with
// the files, and keys defined by two of them, become diagnostics.
import type { AnalysisOptions } from './analysis';
import type { BibliographyResult } from './references';
import type { Reference, Span } from './types';
import type { RawDiagnostic } from './yamlNodes';

export interface ReferenceSet {
  readonly references: Map<string, Reference>;
  /** False while a bibliography is missing, unreadable or still loading: unknown keys are not reported. */
  readonly checkKeys: boolean;
  readonly diagnostics: RawDiagnostic[];
}

const SHOWN_KEYS = 5;

export function collectReferences(
  named: ReadonlyArray<{ path: string } & Span>,
  inline: readonly Reference[],
  options: AnalysisOptions,
): ReferenceSet {
  const references = new Map<string, Reference>();
  const diagnostics: RawDiagnostic[] = [];
  const read = options.readBibliography;
  // Settings bibliographies have no place in the document: their problems go at its start.
  const files = [
    ...(options.bibliographies ?? []).map((path) => ({ path, start: 0, end: 0, fromSettings: true })),
    ...named.map((b) => ({ ...b, fromSettings: false })),
  ];
  let checkKeys = true;
  /** Which file each key came from, to tell where a duplicate is. */
  const fileOf = new Map<string, string>();
  for (const f of files) {
    if (!read) {
      checkKeys = false;
      continue;
    }
    const result: BibliographyResult = read(f.path);
    const where = { start: f.start, end: f.end };
    const prefix = f.fromSettings ? 'policyLens.bibliographies: ' : '';
    if (result.error) diagnostics.push({ code: 'bibliography-not-found', ...where, message: prefix + result.error });
    if (result.error || result.pending) checkKeys = false;
    if (result.problems?.length) {
      const n = result.problems.length;
      diagnostics.push({
        code: 'bibliography-not-found',
        severity: 'warning',
        ...where,
        message:
          `${prefix}${f.path}: ${n === 1 ? 'one entry' : `${n} entries`} could not be read: ` +
          `${result.problems.slice(0, 3).join('; ')}${n > 3 ? '; …' : ''}`,
      });
    }
    if (result.duplicates?.length) {
      diagnostics.push({
        code: 'duplicate-key',
        ...where,
        message: `${prefix}${f.path} defines ${listKeys(result.duplicates)} more than once`,
        data: { key: result.duplicates[0]! },
      });
    }
    const clashes = new Map<string, string[]>();
    for (const r of result.references) {
      const before = fileOf.get(r.id);
      if (before !== undefined && before !== f.path) clashes.set(before, [...(clashes.get(before) ?? []), r.id]);
      fileOf.set(r.id, f.path);
      references.set(r.id, r);
    }
    for (const [other, keys] of clashes) {
      diagnostics.push({
        code: 'duplicate-key',
        ...where,
        message: `${prefix}${f.path} and ${other} both define ${listKeys(keys)}: keep one entry, or rename the other`,
        data: { key: keys[0]! },
      });
    }
  }
  for (const r of inline) references.set(r.id, r);
  return { references, checkKeys, diagnostics };
}

function listKeys(keys: readonly string[]): string {
  const shown = keys
    .slice(0, SHOWN_KEYS)
    .map((k) => `"${k}"`)
    .join(', ');
  return keys.length > SHOWN_KEYS
    ? `${shown} and ${keys.length - SHOWN_KEYS} more keys`
    : keys.length === 1
      ? `the key ${shown}`
      : `the keys ${shown}`;
}
