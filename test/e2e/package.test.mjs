// What the VSIX ships: its entries read from the zip's central directory (npm run package makes it).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const vsix = join(root, 'policy-lens.vsix');

/** The names of a zip archive's entries, in the order of its central directory. */
function zipEntries(zip) {
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  assert.ok(end >= 0, 'no end-of-central-directory record: not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  const names = [];
  for (let at = zip.readUInt32LE(end + 16), k = 0; k < count; k++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, `central directory entry ${k} is damaged`);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

describe('the packaged VSIX', function () {
  it('holds the bundles, grammar, media and documents the extension needs, and no source map', function () {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    const names = zipEntries(readFileSync(vsix));
    assert.deepEqual(
      names.filter((n) => n.endsWith('.map')),
      [],
    );
    assert.deepEqual(names.filter((n) => n.startsWith('extension/dist/')).sort(), [
      'extension/dist/bibtex.js',
      'extension/dist/extension.js',
      'extension/dist/glob.js',
      'extension/dist/htmlReport.js',
      'extension/dist/parseWorker.js',
      'extension/dist/policy-lens.schema.json',
      'extension/dist/reportScript.js',
      'extension/dist/storyWebview.js',
      'extension/dist/yamlLib.js',
    ]);
    for (const needed of ['extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/media/icon.png'])
      assert.ok(names.includes(needed), `${needed} is missing from the VSIX`);
    assert.ok(
      names.some((n) => /^extension\/syntaxes\/.+\.tmLanguage\.json$/.test(n)),
      'the TextMate grammar is missing',
    );
  });
});
