// `policy-lens report --html`: one self-contained HTML file (no network, no external script)
// with the timeline, the relations graph, and the tables of actors, events and claims. The
// tables are the text alternative of the pictures: written here, readable without the script.
import { randomBytes } from 'node:crypto';
import type * as ReportScript from './reportScript';
import type { Story, StoryPlace } from '../core';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text from the files, as HTML text: never markup. */
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const at = (p: StoryPlace | undefined) => (p ? ` data-place="${esc(`${p.source}:${p.line}`)}" tabindex="-1"` : '');
const where = (p: StoryPlace | undefined) => (p ? esc(`${p.source}:${p.line + 1}`) : '');

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0; --accent: #0969da;
  --state: #0969da; --organization: #8250df; --person: #bf3989; --group: #bc4c00; --region: #1a7f37; --other: #59636e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --accent: #4493f8;
  --state: #4493f8; --organization: #ab7df8; --person: #f778ba; --group: #f0883e; --region: #3fb950; --other: #9198a1; } }
body { font: 14px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 16px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n { text-align: right; } .muted { color: var(--muted); } [data-place]:focus { outline: 2px solid var(--accent); }
svg { display: block; max-width: 100%; } svg text { fill: var(--fg); font-size: 12px; } svg .chips { fill: var(--muted); }
.axis path, .axis line { stroke: var(--muted); } .axis text { fill: var(--muted); }
.event rect { fill: var(--accent); opacity: .8; } .event:focus rect, .event:hover rect { opacity: 1; stroke: var(--fg); }
.event.precision-year rect { opacity: .45; } .event.precision-month rect { opacity: .6; }
.edges line { stroke: var(--muted); opacity: .5; } .edges line:hover, .edges line:focus { opacity: 1; stroke: var(--accent); }
.node circle { stroke: var(--bg); stroke-width: 1.5; } .node:focus circle { stroke: var(--fg); stroke-width: 2; }
${['state', 'organization', 'person', 'group', 'region', 'other'].map((k) => `.kind-${k} circle { fill: var(--${k}); }`).join('\n')}
`;

/** The browser script, loaded when a report is written (in the shipped CLI, a file beside it). */
function reportScript(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./reportScript.js') as typeof ReportScript).default;
}

/** The report of the story of these files (as they are named in it). */
export function htmlReport(story: Story, files: readonly string[]): string {
  const title = files.length === 1 ? `Policy Lens report: ${files[0]}` : `Policy Lens report: ${files.length} files`;
  const summary = { files: files.length, claims: story.claims.length, cited: story.claims.filter((c) => c.cited).length };
  const nonce = randomBytes(16).toString('base64');
  // In a JSON script element `</script>` (any `<`) must not appear: escaped, JSON.parse reads it back.
  const data = JSON.stringify(story).replace(/</g, '\\u003c');
  const coverage = summary.claims === 0 ? 100 : Math.round((summary.cited / summary.claims) * 100);
  const rows = {
    events: [...story.events, ...story.undated]
      .map(
        (e) =>
          `<tr${at(e.place)}><td>${esc(e.date ?? '')}${e.end ? ` – ${esc(e.end)}` : ''}</td><td>${esc(e.title)}</td>` +
          `<td>${esc(e.actorNames.join(', '))}</td><td class="n">${e.mentions}</td><td class="muted">${where(e.place)}</td></tr>`,
      )
      .join('\n'),
    actors: story.actors.map((a) => `<tr><td>${esc(a.name)}</td><td>${esc(a.kind)}</td><td class="n">${a.mentions}</td></tr>`).join('\n'),
    edges: story.edges
      .map(
        (e) =>
          `<tr><td>${esc(e.source)}</td><td>${esc(e.target)}</td><td class="n">${e.sentences.length}</td><td class="n">${e.events.length}</td></tr>`,
      )
      .join('\n'),
    claims: story.claims
      .map(
        (c) =>
          `<tr${at(c.place)}><td class="muted">${where(c.place)}</td><td>${esc(c.place.text)}</td><td>${esc(c.kinds.join(', '))}</td>` +
          `<td>${c.cited ? 'yes' : '<strong>no</strong>'}</td></tr>`,
      )
      .join('\n'),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.claims} claims, ${summary.cited} cited (coverage ${coverage}%),
${story.events.length} dated events, ${story.undated.length} undated, ${story.actors.length} actors.</p>
<div id="policy-lens-views">
<h2>Timeline</h2>
<div data-view="timeline" aria-describedby="events-table"></div>
<h2>Relations</h2>
<p class="muted">Actors are linked when one sentence mentions both, or both take part in one event.
Click an actor to show its events and sentences, or a link for the sentences it stands for.</p>
<div data-view="relations" aria-describedby="relations-table"></div>
<div data-view="details" aria-live="polite"></div>
</div>
<h2>Events</h2>
<table id="events-table"><thead><tr><th>Date</th><th>Event</th><th>Actors</th><th>Mentions</th><th>Where</th></tr></thead>
<tbody>
${rows.events}
</tbody></table>
<h2>Actors</h2>
<table><thead><tr><th>Actor</th><th>Kind</th><th>Mentions</th></tr></thead>
<tbody>
${rows.actors}
</tbody></table>
<h2>Who appears with whom</h2>
<table id="relations-table"><thead><tr><th>Actor</th><th>Actor</th><th>Sentences</th><th>Events</th></tr></thead>
<tbody>
${rows.edges}
</tbody></table>
<h2>Claims</h2>
<table><thead><tr><th>Where</th><th>Sentence</th><th>Kinds</th><th>Cited</th></tr></thead>
<tbody>
${rows.claims}
</tbody></table>
<script type="application/json" id="policy-lens-story">${data}</script>
<script nonce="${nonce}">${reportScript()}</script>
</body>
</html>
`;
}
