// npm run eval:claims: how well `uncited-claim` does on real, hand-labelled policy writing.
// Runs the built CLI (dist/cli.js) on a labelled corpus (default ../shared/claims-corpus, or
// --corpus DIR / POLICY_LENS_CLAIMS_CORPUS): *.policy.md texts and labels.json, one label per
// sentence (`line`, the first characters `text`, `needs_citation`, `kinds`, `cited`). Prints
// precision and recall per file and overall, then the goals of issue 11 met or not; the last
// line is "claims-real: P=… R=… F1=… (uncited: P=… R=…)". Without a corpus it says so and exits 0.
// --verbose lists every missed and every wrongly flagged sentence with the words that flagged it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const at = args.indexOf('--corpus');
const corpus = resolve(at >= 0 ? args[at + 1] : process.env.POLICY_LENS_CLAIMS_CORPUS || join(root, '..', 'shared', 'claims-corpus'));
if (!existsSync(join(corpus, 'labels.json'))) {
  console.log(`eval:claims: no labelled corpus at ${corpus} (labels.json); nothing to evaluate`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('eval:claims: dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const GOALS = [
  ['claims precision', (m) => m.claims.p, 0.9],
  ['claims recall', (m) => m.claims.r, 0.85],
  ['uncited-claim precision', (m) => m.uncited.p, 0.9],
  ['uncited-claim recall', (m) => m.uncited.r, 0.85],
  ['recall on quotation/attribution/statistic/weasel', (m) => m.inScope, 0.95],
  ['worst article F1', (m) => m.worstF1, 0.65],
];
const IN_SCOPE = new Set(['quotation', 'attribution', 'statistic', 'weasel']);

const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8'));
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.policy.md') && labels[f])
  .sort();
const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'never', ...files.map((f) => join(corpus, f))], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`eval:claims: the CLI gave no JSON report (exit ${run.status}): ${run.stderr.slice(0, 300)}`);
  process.exit(2);
}

/** Offsets of line starts, for 0-based line/character positions. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Each labelled sentence as a span: from its prefix to the next label's start or its paragraph's end. */
function labelledSpans(text, items, file) {
  const lines = text.split('\n');
  const starts = lineStarts(text);
  const spans = items.map((item) => {
    for (const d of [0, -1, 1, -2, 2]) {
      const ln = item.line - 1 + d;
      const ch = ln >= 0 && ln < lines.length ? lines[ln].indexOf(item.text) : -1;
      if (ch < 0) continue;
      let last = ln;
      while (last + 1 < lines.length && lines[last + 1].trim() !== '' && !/^#{1,6}\s/.test(lines[last + 1])) last++;
      return { ...item, start: starts[ln] + ch, paragraphEnd: starts[last] + lines[last].length };
    }
    throw new Error(`${file}: label not found near line ${item.line}`);
  });
  spans.forEach((s, k) => {
    const next = spans[k + 1];
    s.end = next && next.start < s.paragraphEnd ? next.start : s.paragraphEnd;
    while (s.end > s.start && /\s/.test(text[s.end - 1])) s.end--;
  });
  return spans;
}

const offset = (starts, p) => (starts[p.line] ?? starts.at(-1)) + p.character;
/** A prediction hits a sentence when they share at least half of the shorter of the two. */
function hits(a, s) {
  const overlap = Math.min(a.end, s.end) - Math.max(a.start, s.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(1, Math.min(a.end - a.start, s.end - s.start));
}

const tally = () => ({ tp: 0, fp: 0, fn: 0 });
function score(spans, predictions, gold, t, notes, label) {
  const used = new Set();
  for (const s of spans) {
    const matched = predictions.filter((p) => hits(p, s));
    matched.forEach((p) => used.add(p));
    if (matched.length && gold(s)) t.tp++;
    else if (matched.length) {
      t.fp++;
      notes.push(`    FP ${label} L${s.line} ${matched.map((p) => p.why).join(' | ')} :: ${s.text}`);
    } else if (gold(s)) {
      t.fn++;
      notes.push(`    FN ${label} L${s.line} [${s.kinds.join(',')}] ${s.text}`);
    }
  }
  for (const p of predictions) {
    if (used.has(p) || spans.some((s) => Math.min(p.end, s.end) > Math.max(p.start, s.start))) continue;
    t.fp++; // a flag on no labelled sentence (a heading, say)
    notes.push(`    FP ${label} (no labelled sentence) ${p.why}`);
  }
}
const prf = (t) => {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const f2 = (x) => x.toFixed(2);

const total = { claims: tally(), uncited: tally() };
let scopeGold = 0;
let scopeHit = 0;
let worstF1 = 1;
console.log('file                                          sents  gold  claims P/R/F1      uncited P/R');
for (const file of files) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const starts = lineStarts(text);
  const spans = labelledSpans(text, labels[file], file);
  const out = report.files.find((f) => f.path.endsWith(file));
  const span = (range) => ({ start: offset(starts, range.start), end: offset(starts, range.end) });
  const claims = (out?.claims ?? []).map((c) => ({ ...span(c.range), why: c.evidence.map((e) => `${e.kind}: ${e.text}`).join(', ') }));
  const uncited = (out?.diagnostics ?? [])
    .filter((d) => d.code === 'uncited-claim')
    .map((d) => ({ ...span(d.range), why: d.message.replace(/: cite a source.*$/, '') }));
  const c = tally();
  const u = tally();
  const notes = [];
  score(spans, claims, (s) => s.needs_citation, c, notes, 'claim');
  score(spans, uncited, (s) => s.needs_citation && !s.cited, u, notes, 'uncited');
  for (const k of ['tp', 'fp', 'fn']) {
    total.claims[k] += c[k];
    total.uncited[k] += u[k];
  }
  for (const s of spans) {
    if (!s.needs_citation || !s.kinds.some((k) => IN_SCOPE.has(k))) continue;
    scopeGold++;
    if (claims.some((p) => hits(p, s))) scopeHit++;
  }
  const a = prf(c);
  const b = prf(u);
  worstF1 = Math.min(worstF1, a.f);
  console.log(
    `${file.padEnd(46)}${String(spans.length).padStart(4)}  ${String(c.tp + c.fn).padStart(4)}  ` +
      `${f2(a.p)}/${f2(a.r)}/${f2(a.f)}    ${f2(b.p)}/${f2(b.r)}`,
  );
  if (verbose) notes.forEach((n) => console.log(n));
}

const measures = { claims: prf(total.claims), uncited: prf(total.uncited), inScope: scopeGold ? scopeHit / scopeGold : 1, worstF1 };
console.log('\n| measure | now | goal | met |\n| --- | --- | --- | --- |');
let met = 0;
for (const [name, get, goal] of GOALS) {
  const value = get(measures);
  if (value >= goal) met++;
  console.log(`| ${name} | ${f2(value)} | ≥ ${f2(goal)} | ${value >= goal ? 'yes' : 'NO'} |`);
}
console.log(`\n${met} of ${GOALS.length} goals met on ${files.length} articles (${scopeHit}/${scopeGold} in scope)`);
const { claims, uncited } = measures;
console.log(`claims-real: P=${f2(claims.p)} R=${f2(claims.r)} F1=${f2(claims.f)} (uncited: P=${f2(uncited.p)} R=${f2(uncited.r)})`);
