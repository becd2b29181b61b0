// npm run bench:story: a workspace of 1,000 dated events and 200 actors, drawn in Chromium as the
// HTML report and the Timeline view draw it (the same script). Prints the time from navigation to
// the last event and node on screen; budget: under a second.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../run-vscode-tests.mjs';

const root = resolve(import.meta.dirname, '../..');
const { htmlReport } = createRequire(import.meta.url)(join(root, 'dist/htmlReport.js'));

// A seeded generator: the same story every run.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const kinds = ['state', 'organization', 'person', 'group', 'region', 'other'];
const actors = Array.from({ length: 200 }, (_, i) => ({
  id: `a${i}`,
  name: `Actor ${i}`,
  kind: kinds[i % 6],
  mentions: 1 + Math.floor(random() * 40),
}));
const day = 86_400_000;
const place = (i) => ({ source: 'file.policy.md', start: i, end: i + 5, line: i, text: `Sentence ${i}` });
const events = Array.from({ length: 1000 }, (_, i) => {
  const from = Date.UTC(2000, 0, 1) + Math.floor(random() * 8000) * day;
  const ids = [actors[Math.floor(random() * 200)].id, actors[Math.floor(random() * 200)].id];
  return {
    id: `e${i}`,
    title: `Event ${i}`,
    date: new Date(from).toISOString().slice(0, 10),
    from,
    to: from + (1 + Math.floor(random() * 30)) * day,
    precision: 'day',
    actors: ids,
    actorNames: ids,
    place: place(i),
    mentions: 1,
  };
}).sort((a, b) => a.from - b.from);
const edges = Array.from({ length: 600 }, (_, i) => {
  const [s, t] = [Math.floor(random() * 200), Math.floor(random() * 200)].sort((x, y) => x - y);
  return { source: `a${s}`, target: `a${t === s ? (t + 1) % 200 : t}`, sentences: [place(i)], events: [], weight: 1 };
});
const story = { events, undated: [], actors, edges, claims: [] };

const file = join(mkdtempSync(join(tmpdir(), 'policy-lens-bench-story-')), 'report.html');
writeFileSync(file, htmlReport(story, ['file.policy.md']));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const draw = [];
const ready = [];
// One load to warm the browser up, then five measured.
for (let run = 0; run < 6; run++) {
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.querySelectorAll('g.event').length === 1000 && document.querySelectorAll('g.node').length > 0);
  if (run === 0) continue;
  draw.push(await page.evaluate(() => globalThis.policyLensDrawMs));
  ready.push(await page.evaluate(() => performance.now()));
}
await browser.close();
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const ms = median(draw);
const ok = ms < 1000;
console.log(
  `story of 1,000 events, 200 actors, 600 links: drawn in ${ms.toFixed(0)} ms ` +
    `(the page, with its tables of every event and link, ready ${median(ready).toFixed(0)} ms after navigation; medians of 5)`,
);
console.log(`  ${ok ? 'PASS' : 'FAIL'}  1,000-event workspace draws in under a second`);
process.exitCode = ok ? 0 : 1;
