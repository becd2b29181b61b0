// The README documents every diagnostic code as codes.ts defines it: one row of the table per
// code with its default severity, and a section to link to. A code added without its
// documentation, or a severity changed in one place only, fails here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/core';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('the README', () => {
  it('lists every diagnostic code with its default severity, and no other', () => {
    const section = README.slice(README.indexOf('## Diagnostic codes'), README.indexOf('#### `', README.indexOf('## Diagnostic codes')));
    const rows = [...section.matchAll(/^\| \[`([a-z-]+)`\]\(#([a-z-]+)\) \| ([a-z]+) \|/gm)].map((m) => [m[1], m[2], m[3]]);
    const expected = (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).map((code) => [
      code,
      code,
      DIAGNOSTIC_CODES[code].optIn ? 'off' : DIAGNOSTIC_CODES[code].severity,
    ]);
    assert.deepEqual(rows, expected);
  });

  it('has a section for every code, where codeDocUrl points', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.ok(README.includes(`\n#### \`${code}\`\n`), `no section for ${code}`);
  });
});
