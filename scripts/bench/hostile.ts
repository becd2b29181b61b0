// Hostile inputs: families that each grow with `n` and that a naive scanner (a backtracking
// regular expression, a rescan per item, a comparison of every item with every other) would take
// quadratic time or worse on. The benchmark times them at 1 MB; the fuzz suite's growth test
// times each at n and 4n and fails when the time grows faster than the input.
import { analyze, KnowledgeBase, parseBibliography, parseKnowledgeFile, type KnowledgeSource } from '../../src/core';

/** One input of a family: an analysis file, or a bibliography's text. */
export interface HostileInput {
  readonly text: string;
  /** What the text is: an analysis file (the default) or a BibTeX file. */
  readonly kind?: 'analysis' | 'bibtex';
  /** A workspace knowledge file (`*.policy.yaml`) the analysis is made against. */
  readonly knowledge?: string;
}

export interface HostileFamily {
  readonly name: string;
  /** One of the cases of the no-hang issue, kept to its 1 MB budget by the benchmark. */
  readonly named?: true;
  /** An input of about `n` characters. */
  make(n: number): HostileInput;
}

const times = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

/** A knowledge file defining `count` actors, each with one alias of `alias(i)`. */
function actorsFile(count: number, alias: (i: number) => string): string {
  const lines = ['actors:'];
  for (let i = 0; i < count; i++) lines.push(`  a${i}: {name: Actor Number ${i}, kind: group, aliases: ["${alias(i)}"]}`);
  return lines.join('\n') + '\n';
}

export const HOSTILE: readonly HostileFamily[] = [
  // Inline syntax.
  { name: 'URL then closing parens', named: true, make: (n) => ({ text: `See https://example.org/a${')'.repeat(n)}\n` }) },
  { name: 'citation locator, spaces', named: true, make: (n) => ({ text: `[@a${' '.repeat(n)}!]\n` }) },
  { name: 'citation group, semicolons', make: (n) => ({ text: `[@a${times('; x', n)}]\n` }) },
  { name: 'heading, spaces then #x', named: true, make: (n) => ({ text: `# a${' '.repeat(n)}#x\n` }) },
  { name: 'span attributes, letters', named: true, make: (n) => ({ text: `[a]{${'b'.repeat(n)}}\n` }) },
  { name: 'span attributes, = signs', make: (n) => ({ text: `[a]{${times('b=', n)}}\n` }) },
  { name: 'unclosed link destinations', named: true, make: (n) => ({ text: times('[a](', n) + '\n' }) },
  { name: 'unclosed spans', make: (n) => ({ text: times('[a]{', n) + '\n' }) },
  { name: 'reference links, unclosed labels', make: (n) => ({ text: times('[a][', n) + '\n' }) },
  { name: 'in-text key, then unclosed locator', make: (n) => ({ text: times('@k [', n) + '\n' }) },
  { name: 'keys with punctuation runs', make: (n) => ({ text: `@a${times('.:', n)}\n` }) },
  { name: 'unclosed comments', make: (n) => ({ text: times('<!-- ', n) + '\n' }) },
  { name: 'unclosed tags', make: (n) => ({ text: times('<a ', n) + '\n' }) },
  { name: 'unclosed autolinks', make: (n) => ({ text: times('<http://', n) + '\n' }) },
  { name: 'backtick runs of growing length', make: (n) => ({ text: backtickLadder(n) }) },
  { name: 'escapes', make: (n) => ({ text: times('\\[', n) + '\n' }) },
  { name: 'footnote markers, unclosed', make: (n) => ({ text: times('[^', n) + '\n' }) },
  { name: 'inline notes, nested', make: (n) => ({ text: '^['.repeat(n / 4) + 'x' + ']'.repeat(n / 4) + '\n' }) },
  // Blocks and sentences.
  { name: 'one line of spaces', make: (n) => ({ text: `a${' '.repeat(n)}b\n` }) },
  { name: 'list markers', make: (n) => ({ text: times('- ', n) + '\n' }) },
  { name: 'blockquote markers', make: (n) => ({ text: times('> ', n) + 'x\n' }) },
  { name: 'fence openers', make: (n) => ({ text: times('```\n~~~\n', n) }) },
  { name: 'table pipes', make: (n) => ({ text: `| a |\n|${times('-|', n)}\n` }) },
  { name: 'abbreviation dots', make: (n) => ({ text: times('e.g. ', n) + '\n' }) },
  { name: 'digits and commas', make: (n) => ({ text: times('1,', n) + '\n' }) },
  { name: 'quote marks, unbalanced', make: (n) => ({ text: times('“a ', n) + '\n' }) },
  { name: 'capitalised words', make: (n) => ({ text: times('The Aa ', n) + '\n' }) },
  { name: 'footnote definitions', make: (n) => ({ text: times('[^a]: b\n', n) }) },
  { name: 'link definitions', make: (n) => ({ text: lines(n / 40, (i) => `[l${i}]: https://e.org/${i}`) + times('[x][l1] ', n / 2) }) },
  // Suppression comments.
  {
    name: 'suppression comments',
    named: true,
    make: (n) => ({
      text: lines(n / 50, (i) =>
        i % 2 ? '<!-- policy-lens-disable -->' : `Officials say ${i}% rose. <!-- policy-lens-enable uncited-claim -->`,
      ),
    }),
  },
  {
    name: 'disable-line comments',
    make: (n) => ({ text: lines(n / 50, (i) => `About ${i}% said so. <!-- policy-lens-disable-line -->`) }),
  },
  // Knowledge: many actors against many mentions.
  {
    name: 'actor spans without ref, many aliases',
    named: true,
    make: (n) => {
      const count = Math.floor(n / 300);
      // The issue's case: 3,000 names and 10,000 spans without ref (each an unknown-ref error) in
      // prose; at 1 MB, 3,300 names and 12,000 spans. The growth test scales both.
      return {
        knowledge: actorsFile(count, (i) => `Alias ${i}`),
        text: times('[x]{.actor} met the envoy in the capital, and the talks went on for hours. ', n) + '\n',
      };
    },
  },
  {
    name: 'aliases sharing a first word',
    named: true,
    make: (n) => {
      const count = Math.floor(n / 150);
      return { knowledge: actorsFile(count, (i) => `The Group ${i}`), text: times('The Group The ', n) + '\n' };
    },
  },
  // Names: the world's states and the names the engine does not know.
  {
    name: 'distinct unknown names',
    make: (n) => ({ text: lines(n / 40, (i) => `Officials met ${word(i)} ${word(i + 7)} and ${word(i)} again.`) }),
  },
  { name: 'one unknown name repeated', make: (n) => ({ text: times('Halvik and Halvik. ', n) + '\n' }) },
  { name: 'one run of capitalised words', make: (n) => ({ text: times('Abc ', n) + '\n' }) },
  { name: 'institution connectors', make: (n) => ({ text: times('Bank of ', n) + 'Ends\n' }) },
  { name: 'distinct acronyms', make: (n) => ({ text: lines(n / 30, (i) => `The ${word(i).toUpperCase().slice(0, 5)} said no.`) }) },
  {
    name: 'distinct sentence-initial words',
    make: (n) => ({ text: lines(n / 20, (i) => `${word(i)} rose. Prices ${word(i).toLowerCase()}x fell.`) }),
  },
  { name: 'Georgia among US states', make: (n) => ({ text: times('Georgia and Alabama, ', n) + '\n' }) },
  { name: 'capitals as places and governments', make: (n) => ({ text: times('In Ankara, Ankara warned Baku. ', n) + '\n' }) },
  { name: 'demonyms inside names', make: (n) => ({ text: times('The Free Syrian Army ', n) + '\n' }) },
  // Front matter.
  { name: 'front matter, long flow sequence', make: (n) => ({ text: `---\nkeywords: [${times('a, ', n)}]\n---\nx\n` }) },
  {
    name: 'front matter, many references',
    make: (n) => ({ text: `---\nreferences:\n${lines(n / 30, (i) => `  - {id: k${i}, title: T}`)}---\n${times('[@k1] ', n / 2)}\n` }),
  },
  // BibTeX.
  { name: 'bibtex: @ signs', named: true, make: (n) => ({ kind: 'bibtex', text: '@'.repeat(n) }) },
  { name: 'bibtex: unclosed entries', make: (n) => ({ kind: 'bibtex', text: times('@a{', n) }) },
  { name: 'bibtex: braces', make: (n) => ({ kind: 'bibtex', text: `@a{k, title = ${'{'.repeat(n / 2)}x${'}'.repeat(n / 2)}}` }) },
  { name: 'bibtex: many entries', make: (n) => ({ kind: 'bibtex', text: lines(n / 40, (i) => `@misc{k${i}, title = {T ${i}}}`) }) },
  {
    name: 'bibtex: string concatenations',
    make: (n) => ({ kind: 'bibtex', text: `@string{s = {x}}\n@misc{k, title = s${times(' # s', n)}}\n` }),
  },
];

/** A distinct capitalised made-up word for each `i` ("Bacu", "Bade"…). */
function word(i: number): string {
  const letters = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  let w = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 80)) w += letters[k % 16]! + vowels[Math.floor(k / 16) % 5]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

function lines(count: number, line: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(line(i));
  return out.join('\n') + '\n';
}

/** Backtick runs of length 1, 2, 3… each unclosed: a closing-run search per opener. */
function backtickLadder(n: number): string {
  const out: string[] = [];
  let size = 0;
  for (let k = 1; size < n; k++) {
    const run = '`'.repeat(k % 200) + 'a ';
    out.push(run);
    size += run.length;
  }
  return out.join('');
}

/**
 * `@string` macros that double at each level: s1 = s0 # s0, s2 = s1 # s1, ... (`levels` of them).
 * Expanded, the last one is 2^levels copies of the first: a "billion laughs" in BibTeX.
 */
export function bibtexStringBomb(levels: number): string {
  const out = ['@string{s0 = {lol}}'];
  for (let i = 1; i <= levels; i++) out.push(`@string{s${i} = s${i - 1} # s${i - 1}}`);
  out.push(`@misc{bomb, title = s${levels}}`);
  return out.join('\n') + '\n';
}

/** A chain of `depth` entries, each with a crossref to the next. */
export function bibtexCrossrefChain(depth: number): string {
  const out: string[] = [];
  for (let i = 0; i < depth; i++) out.push(`@misc{c${i}, crossref = {c${i + 1}}, note = {n${i}}}`);
  out.push(`@misc{c${depth}, title = {End}}`);
  return out.join('\n') + '\n';
}

/**
 * Prepares one input for timing: the knowledge is compiled first (as the editor does once per
 * change of a knowledge file), and the returned function does what a keystroke costs: the whole
 * analysis and everything the views read, or the whole reading of a bibliography.
 */
export function prepare(input: HostileInput, builtin: readonly KnowledgeSource[]): () => void {
  if (input.kind === 'bibtex') return () => void parseBibliography(input.text, 'hostile.bib');
  const knowledge = KnowledgeBase.build(
    input.knowledge ? [...builtin, parseKnowledgeFile(input.knowledge, 'hostile.policy.yaml').source] : builtin,
  );
  void knowledge.matcher;
  return () => {
    const a = analyze(input.text, { knowledge, maxSize: Infinity });
    void [a.diagnostics.length, a.mentions.length, a.claims.length, a.citations.length];
  };
}
