import type { ClaimKind, DiagnosticCode, Severity } from './types';

/** Every diagnostic code, its default severity and a one-line description (README and SARIF rules). */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, { severity: Severity; description: string; optIn?: true }>> = {
  'uncited-claim': {
    severity: 'warning',
    description:
      'A sentence makes a checkable claim (quotation, attribution, statistic, appeal to unnamed authority, checkable fact) but cites nothing.',
  },
  'unknown-citation': { severity: 'error', description: 'A citation key is in no bibliography of the file.' },
  'undefined-footnote': { severity: 'error', description: 'A footnote reference has no definition.' },
  'unused-reference': { severity: 'hint', description: 'An inline reference is never cited.' },
  'front-matter': { severity: 'error', description: 'The YAML front matter (or a knowledge file) does not parse, or breaks the schema.' },
  'unknown-ref': { severity: 'error', description: 'A span or definition refers to an actor, event or concept id that does not exist.' },
  'duplicate-id': { severity: 'warning', description: 'The same id is defined twice.' },
  'ambiguous-alias': { severity: 'warning', description: 'The same name or alias belongs to two different entries.' },
  'bibliography-not-found': {
    severity: 'error',
    description: 'A bibliography file cannot be read or parsed (a warning when only some of its entries cannot).',
  },
  'duplicate-key': { severity: 'warning', description: 'A citation key is defined by two bibliographies of the file, or twice in one.' },
  'missing-locator': {
    severity: 'warning',
    description: 'Off unless enabled: a quotation is cited by key without a locator such as `p. 12`.',
    optIn: true,
  },
  'file-too-large': { severity: 'info', description: 'The file is larger than the configured limit and was not analysed.' },
  'unreadable-file': {
    severity: 'error',
    description: 'A file cannot be read: permission denied, or not a regular file (a FIFO, device or socket).',
  },
  'binary-file': { severity: 'warning', description: 'A file holds binary data (a NUL byte in its first 8 KB) and was not analysed.' },
};

/** Where each code is documented (README section anchors). */
export function codeDocUrl(code: DiagnosticCode): string {
  return `https://github.com/policy-lens/policy-lens#${code}`;
}

export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  quotation: 'quotation',
  attribution: 'attribution',
  statistic: 'statistic',
  weasel: 'appeal to unnamed authority',
  fact: 'checkable fact',
  explicit: 'marked {.claim}',
};

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
export function severityRank(s: Severity): number {
  return RANK[s];
}
