// The HTML report of the example, opened in Chromium as a colleague would open it: it draws the
// timeline and the relations graph, with no console error and no network request.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/run-vscode-tests.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('the HTML report in Chromium', function () {
  this.timeout(120_000);
  let browser;
  after(async () => browser?.close());

  it('draws the example with no console error and no network request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-lens-report-')), 'report.html');
    const made = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'report', '--html', '-o', file, 'examples/'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(made.status, 0, made.stderr);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    await page.locator('[data-view="relations"] g.node').first().waitFor();
    assert.deepEqual(await page.locator('[data-view="timeline"] g.event').evaluateAll((g) => g.map((x) => x.getAttribute('aria-label'))), [
      'Collective Security Treaty signed, 1992-05-15',
      '2020 Belarusian protests, 2020-08-09',
    ]);
    assert.equal(await page.locator('[data-view="relations"] g.node').count(), 10);
    // A click on an actor lists the sentences it shares with others.
    await page.locator('[data-view="relations"] g.node[data-id="belarus"]').click();
    await page.locator('[data-view="details"] h3', { hasText: 'Belarus: sentences with others' }).waitFor();
    assert.ok((await page.locator('[data-view="details"] li').count()) > 0);
    // Only Belarus's events on the timeline now.
    assert.deepEqual(await page.locator('[data-view="timeline"] g.event').evaluateAll((g) => g.map((x) => x.getAttribute('data-id'))), [
      'belarus-protests-2020',
    ]);
    assert.deepEqual(problems, []);
  });
});
