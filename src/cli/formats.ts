// Output formats: compiler-style text, the JSON report, SARIF 2.1.0 for code scanning.
import { DIAGNOSTIC_CODES, codeDocUrl, type DiagnosticCode, type Severity } from '../core';
import type { Report, Totals } from './report';
import pkg from '../../package.json';

export function formatText(report: Report, t: Totals): string {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  const coverage = t.claims === 0 ? 100 : Math.round((t.cited / t.claims) * 100);
  const counts = (['error', 'warning', 'info', 'hint'] as const).map((s) => `${t.bySeverity[s]} ${s}${t.bySeverity[s] === 1 ? '' : s === 'info' ? '' : 's'}`);
  if (lines.length) lines.push('');
  lines.push(`${t.files} file${t.files === 1 ? '' : 's'}: ${t.claims} claims, ${t.cited} cited, ${t.uncited} uncited, coverage ${coverage}% (${counts.join(', ')})`);
  return lines.join('\n') + '\n';
}

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
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
            version: pkg.version,
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
                  artifactLocation: { uri: encodeURI(f.path) },
                  region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
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

export const VERSION: string = pkg.version;
