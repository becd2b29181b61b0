import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('keeps src/core free of vscode and of the front ends', () => {
    const files = sources('src/core');
    assert.ok(files.length > 5);
    for (const f of files) {
      for (const spec of importsOf(f)) {
        assert.notEqual(spec, 'vscode', `${f} imports vscode`);
        assert.ok(!/\.\.\/(cli|extension|knowledge)\b/.test(spec), `${f} imports ${spec}`);
      }
    }
  });

  it('has a CHANGELOG entry for the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    assert.match(readFileSync('CHANGELOG.md', 'utf8'), new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?`, 'm'));
  });
});
