// npm run actors:report: what the Actors view shows for a folder of analysis files. Runs the built
// CLI (dist/cli.js) on each *.policy.md of a corpus (default ../shared/claims-corpus, or
// --corpus DIR / POLICY_LENS_CLAIMS_CORPUS) and prints, per file and in total, how many
// capitalised names the tree shows, how many of them as known actors and how many remain
// unrecognised, with their mentions. --verbose adds, per file, the unrecognised names and the
// capitalised words standing mid-sentence that the tree shows nowhere (candidates for a miss).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const at = args.indexOf('--corpus');
const corpus = resolve(at >= 0 ? args[at + 1] : process.env.POLICY_LENS_CLAIMS_CORPUS || join(root, '..', 'shared', 'claims-corpus'));
if (!existsSync(corpus)) {
  console.log(`actors:report: no corpus at ${corpus}; nothing to report`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('actors:report: dist/cli.js is missing: run npm run build first');
  process.exit(2);
}
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.policy.md'))
  .sort();
const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'never', ...files.map((f) => join(corpus, f))], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(2);
}
const reports = new Map(JSON.parse(run.stdout).files.map((f) => [resolve(f.path), f]));

/** Capitalised words that do not start a sentence, in prose (front matter, code and links left out). */
function midSentenceCapitals(text) {
  const body = text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```|`[^`\n]*`|\]\([^)\s]*\)|https?:\/\/\S+|\[\^[^\]]*\]:.*$/gm, ' ');
  const words = new Set();
  for (const m of body.matchAll(/(?<=[\p{Ll},;] )\p{Lu}[\p{L}\p{M}-]+/gu)) words.add(m[0]);
  return words;
}

const total = { names: 0, known: 0, unrecognized: 0, knownMentions: 0, unrecognizedMentions: 0 };
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('file', 48)} ${pad('names', 6)} ${pad('known', 6)} ${pad('unrec.', 7)} mentions known/unrec.`);
for (const f of files) {
  const report = reports.get(resolve(join(corpus, f)));
  if (!report) continue;
  const known = report.actors;
  const unrec = report.unrecognized;
  const km = known.reduce((s, a) => s + a.mentions, 0);
  const um = unrec.reduce((s, u) => s + u.mentions, 0);
  total.names += known.length + unrec.length;
  total.known += known.length;
  total.unrecognized += unrec.length;
  total.knownMentions += km;
  total.unrecognizedMentions += um;
  console.log(`${pad(f, 48)} ${pad(known.length + unrec.length, 6)} ${pad(known.length, 6)} ${pad(unrec.length, 7)} ${km}/${um}`);
  if (verbose) {
    console.log(`  unrecognised: ${unrec.map((u) => `${u.name}${u.kind ? ` [${u.kind}]` : ''} ×${u.mentions}`).join('; ') || '—'}`);
    const shown = [...known.map((a) => a.name), ...unrec.flatMap((u) => u.variants ?? [u.name])].join(' ');
    const unseen = [...midSentenceCapitals(readFileSync(join(corpus, f), 'utf8'))].filter((w) => !shown.includes(w));
    console.log(`  capitalised mid-sentence, shown nowhere (aliases and demonyms of known actors included): ${unseen.join(', ') || '—'}`);
  }
}
console.log(
  `\nactors: ${total.names} names in ${files.length} files: ${total.known} known ` +
    `(${total.knownMentions} mentions), ${total.unrecognized} unrecognised ` +
    `(${total.unrecognizedMentions} mentions)`,
);
