// "Export Citations Report": every claim of a file as a row of a Markdown table, with its kinds,
// whether it is cited, and by what. Plain text in, Markdown out; the editor shows it unsaved.
import type { Analysis } from './analysis';
import { claimSummary } from './queries';
import { CLAIM_KIND_LABELS } from './codes';
import type { Citation } from './types';

const MAX_CLAIM_CHARS = 160;

export function citationsReport(a: Analysis, name: string): string {
  const summary = claimSummary(a);
  const out = [
    `# Citations report: ${cell(name)}`,
    '',
    `${summary.claims} claims, ${summary.cited} cited, ${summary.uncited} uncited (coverage ${summary.coverage}%).`,
    '',
    '| Line | Claim | Kinds | Cited | By |',
    '| ---: | --- | --- | :---: | --- |',
  ];
  for (const c of a.claims) {
    const text = a.lines.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
    const short = text.length > MAX_CLAIM_CHARS ? `${text.slice(0, MAX_CLAIM_CHARS - 1).trimEnd()}…` : text;
    const by = c.citations.map((i) => describeCitation(a.citations[i]!, a)).join('; ');
    out.push(
      `| ${c.range.start.line + 1} | ${cell(short)} | ` +
        `${c.kinds.map((k) => CLAIM_KIND_LABELS[k]).join(', ')} | ${c.cited ? 'yes' : 'no'} | ` +
        `${cell(by)} |`,
    );
  }
  if (a.claims.length === 0) out.push('| | (no claims) | | | |');
  return `${out.join('\n')}\n`;
}

function describeCitation(c: Citation, a: Analysis): string {
  if (c.keys.length) return c.keys.map((k) => `@${k.key}${a.references.has(k.key) ? '' : ' (unknown)'}`).join(', ');
  if (c.kind === 'footnote') return `footnote [^${c.label ?? ''}]`;
  if (c.kind === 'inline-note') return 'inline note';
  return c.url ?? c.kind;
}

/** Table cells cannot hold line breaks or bare pipes; backslashes and backticks would change the text. */
function cell(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}
