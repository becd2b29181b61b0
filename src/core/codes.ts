// The registry of diagnostic codes: for each code its default severity, its description (README
// table, SARIF rules), how its message is made, where it is documented and which quick fixes it
// offers. The CLI and the editor read severities only through `severityOf`.
import type { ClaimKind, DiagnosticCode, DiagnosticData, Severity, SeveritySetting } from './types';

/** The quick fixes the editor offers; each is implemented once in extension/codeActions.ts. */
export type FixId = 'cite' | 'mark-opinion' | 'closest-key' | 'define-entry' | 'disable-line';

export interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
  /** Off unless configured: the default severity is what it takes when turned on. */
  readonly optIn?: true;
  /** Messages made from the data when first read (a file can have 100,000 unknown keys); else each finding has its own. */
  readonly message?: (data: DiagnosticData) => string;
  readonly fixes: readonly FixId[];
}

const suppressible: readonly FixId[] = ['disable-line'];

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = {
  'uncited-claim': {
    severity: 'warning',
    description:
      'A sentence makes a checkable claim (quotation, attribution, statistic, appeal to unnamed authority, checkable fact) ' +
      'but cites nothing.',
    message: (d) => `Uncited claim (${claimReasons(d)}): cite a source, e.g. [@key], or mark it [...]{.opinion}`,
    fixes: ['cite', 'mark-opinion', 'disable-line'],
  },
  'unknown-citation': {
    severity: 'error',
    description: 'A citation key is in no bibliography of the file.',
    message: (d) => `Unknown citation key "@${d.key}": it is in no bibliography of this file`,
    fixes: ['closest-key', 'disable-line'],
  },
  'undefined-footnote': { severity: 'error', description: 'A footnote reference has no definition.', fixes: suppressible },
  'unused-reference': { severity: 'hint', description: 'An inline reference is never cited.', fixes: suppressible },
  'front-matter': {
    severity: 'error',
    description: 'The YAML front matter (or a knowledge file) does not parse, or breaks the schema.',
    fixes: [],
  },
  'unknown-ref': {
    severity: 'error',
    description: 'A span or definition refers to an actor, event or concept id that does not exist.',
    fixes: ['define-entry', 'disable-line'],
  },
  'duplicate-id': { severity: 'warning', description: 'The same id is defined twice.', fixes: suppressible },
  'ambiguous-alias': { severity: 'warning', description: 'The same name or alias belongs to two different entries.', fixes: suppressible },
  'bibliography-not-found': {
    severity: 'error',
    description: 'A bibliography file cannot be read or parsed (a warning when only some of its entries cannot).',
    fixes: suppressible,
  },
  'duplicate-key': {
    severity: 'warning',
    description: 'A citation key is defined by two bibliographies of the file, or twice in one.',
    fixes: suppressible,
  },
  'missing-locator': {
    severity: 'warning',
    description: 'Off unless enabled: a quotation is cited by key without a locator such as `p. 12`.',
    optIn: true,
    fixes: suppressible,
  },
  'file-too-large': { severity: 'info', description: 'The file is larger than the configured limit and was not analysed.', fixes: [] },
  'unreadable-file': {
    severity: 'error',
    description: 'A file cannot be read: permission denied, or not a regular file (a FIFO, device or socket).',
    fixes: [],
  },
  'binary-file': {
    severity: 'warning',
    description: 'A file holds binary data (a NUL byte in its first 8 KB) and was not analysed.',
    fixes: [],
  },
  config: {
    severity: 'error',
    description: 'The configuration file (.policy-lens.yaml) does not parse, or has an unknown setting or a wrong value.',
    fixes: [],
  },
};

/** A code's severity under a configuration (per-code settings): `off` is returned as such. */
export function severityOf(code: DiagnosticCode, configured: Partial<Record<DiagnosticCode, SeveritySetting>> = {}): SeveritySetting {
  const info = DIAGNOSTIC_CODES[code];
  return configured[code] ?? (info.optIn ? 'off' : info.severity);
}

/** Where each code is documented (README section anchors). */
export function codeDocUrl(code: DiagnosticCode): string {
  return `https://github.com/policy-lens/policy-lens#${code}`;
}

/** The words the messages, the hover and the Claims view use for each kind. */
export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  quotation: 'quotation',
  attribution: 'attribution',
  statistic: 'statistic',
  weasel: 'appeal to unnamed authority',
  fact: 'checkable fact',
  explicit: 'marked {.claim}',
};

/** "attribution: “reportedly”, statistic: “40%”": each kind with the words that made it one (no brackets: the message keeps its shape). */
function claimReasons(d: DiagnosticData): string {
  // Read for every uncited claim after every edit (VS Code gets each message): no callbacks, and
  // the evidence tidied only when it needs it.
  const evidence = d.evidence ?? [];
  const kinds = d.kinds ?? [];
  let out = '';
  // Indexed: kinds is a shared, frozen list (a for-of makes an object per item).
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]!;
    let words = '';
    for (const e of evidence)
      if (e.kind === k) {
        words = tidy(e.text);
        break;
      }
    if (out) out += ', ';
    if (!words)
      out += CLAIM_KIND_LABELS[k]; // a block quotation, a {.claim} span
    else {
      const short = words.length > 40 ? words.slice(0, 39) + '…' : words;
      // A quotation's words carry their own marks.
      out += `${CLAIM_KIND_LABELS[k]}: ${k === 'quotation' ? short : `“${short}”`}`;
    }
  }
  return out;
}

/** Evidence on one line: runs of white space and brackets made one space, none at the ends. */
const tidy = (text: string): string => (isTidy(text) ? text : text.replace(/[\s()]+/g, ' ').trim());

/** Whether `text` has only single spaces between its words, and no bracket (most evidence: a character loop, not a regular expression). */
function isTidy(text: string): boolean {
  const n = text.length;
  if (n > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 || c === 40 || c === 41 || (c >= 0x80 && WHITE.test(text[i]!))) return false;
  }
  return true;
}
const WHITE = /\s/;

/** Severities from the lowest: a severity's rank is its index. */
export const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];
const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;
export function severityRank(s: Severity): number {
  return RANK[s];
}
