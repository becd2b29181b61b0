// Output formats: compiler-style text, the JSON report, SARIF 2.1.0 for code scanning.
import { DIAGNOSTIC_CODES, codeDocUrl, type DiagnosticCode, type Severity } from '../core';
import type { Report, Totals } from './report';
import { version } from '../../package.json';

// Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a terminal
// shows: a file's text must not clear the terminal, move the cursor or forge an output line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from files as a terminal may show it: unsafe characters as escapes (`\x1b`, `\n`, `\u202e`). */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE,
    (c) =>
      NAMED[c] ??
      (c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** A relative path as a URI reference (RFC 3986): each segment percent-encoded, so `a#1.policy.md` stays a path. */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function formatText(report: Report, t: Totals): string {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      lines.push(terminalSafe(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`));
    }
  }
  const coverage = t.claims === 0 ? 100 : Math.round((t.cited / t.claims) * 100);
  const counts = (['error', 'warning', 'info', 'hint'] as const).map(
    (s) => `${t.bySeverity[s]} ${s}${t.bySeverity[s] === 1 ? '' : s === 'info' ? '' : 's'}`,
  );
  if (lines.length) lines.push('');
  lines.push(
    `${t.files} file${t.files === 1 ? '' : 's'}: ${t.claims} claims, ${t.cited} cited, ${t.uncited} ` +
      `uncited, coverage ${coverage}% (${counts.join(', ')})`,
  );
  return lines.join('\n') + '\n';
}

/**
 * The report as JSON laid out for people and line tools alike: the frame indented, each record
 * (a diagnostic, a claim, an entry) compact on a line of its own. Indented throughout, the
 * report of a 1 MB file was 7 MB; this way it is 3.3 MB, made and written in half the time.
 */
export function formatJson(report: Report): string {
  const out: string[] = ['{', `  "version": ${report.version},`, '  "files": ['];
  report.files.forEach((file, i) => {
    out.push('    {');
    const fields = Object.entries(file);
    fields.forEach(([key, value], j) => {
      const comma = j < fields.length - 1 ? ',' : '';
      if (!Array.isArray(value) || value.length === 0) {
        out.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
        return;
      }
      out.push(`      ${JSON.stringify(key)}: [`);
      value.forEach((record, k) => out.push(`        ${JSON.stringify(record)}${k < value.length - 1 ? ',' : ''}`));
      out.push(`      ]${comma}`);
    });
    out.push(i < report.files.length - 1 ? '    },' : '    }');
  });
  out.push('  ]', '}');
  return out.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(report: Report): string {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-lens',
            version: version,
            informationUri: 'https://github.com/policy-lens/policy-lens',
            rules: codes.map((id) => ({
              id,
              shortDescription: { text: DIAGNOSTIC_CODES[id].description },
              helpUri: codeDocUrl(id),
              defaultConfiguration: { level: SARIF_LEVEL[DIAGNOSTIC_CODES[id].severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: codes.indexOf(d.code as DiagnosticCode),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathUri(f.path) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export const VERSION: string = version;
