// A seeded generator of annotated analysis files at realistic densities: front matter with
// references and knowledge, headings, paragraphs with known actors and concepts, citations,
// footnotes, quotations, numbers, lists, links and code. Same seed, same text.

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = [
  'Russia',
  'Moscow',
  'the Kremlin',
  'Kazakhstan',
  'Belarus',
  'Minsk',
  'the CSTO',
  'Putin',
  'Lukashenko',
  'Tokayev',
  'Georgia',
  'Ukraine',
  'Armenia',
  'Azerbaijan',
  'China',
  'the United States',
  'the EU',
  'NATO',
  'Kyrgyzstan',
  'Tajikistan',
];
const CONCEPTS = [
  'limited sovereignty',
  'multilateralism',
  'collective security',
  'non-intervention',
  'regime security',
  'a sphere of influence',
  'the near abroad',
  'multi-vector foreign policy',
  'colour revolutions',
  'legitimacy',
  'a hierarchical order',
  'authoritarian solidarity',
];
const VERBS = ['shapes', 'weakens', 'tests', 'redefines', 'depends on', 'undercuts', 'reinforces', 'complicates'];
const NOUNS = [
  'the regional balance',
  'its partners',
  'the alliance',
  'border security',
  'trade routes',
  'the energy sector',
  'domestic politics',
  'the security debate',
];
const KEYS = Array.from({ length: 40 }, (_, i) => `source${i}`);

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function sentence(r: () => number): string {
  const x = r();
  const actor = pick(r, ACTORS);
  const cap = actor[0]!.toUpperCase() + actor.slice(1);
  let s: string;
  if (x < 0.3) s = `${cap} ${pick(r, VERBS)} ${pick(r, NOUNS)} through ${pick(r, CONCEPTS)}`;
  else if (x < 0.45) s = `${cap} said the crisis was “a matter for all of its neighbours to settle”`;
  else if (x < 0.6)
    s = `About ${Math.floor(r() * 5000) + 100} troops and ${Math.floor(r() * 90) + 5}% of the budget went to ${pick(r, NOUNS)}`;
  else if (x < 0.7) s = `Analysts say ${actor} ${pick(r, VERBS)} ${pick(r, NOUNS)}`;
  else if (x < 0.8) s = `In ${2000 + Math.floor(r() * 23)}, ${actor} turned to ${pick(r, CONCEPTS)}`;
  else s = `The debate over ${pick(r, CONCEPTS)} ${pick(r, VERBS)} ${pick(r, NOUNS)} in ${actor}`;
  const c = r();
  if (c < 0.3) s += ` [@${pick(r, KEYS)}]`;
  else if (c < 0.36) s += ` [see @${pick(r, KEYS)}, p. ${Math.floor(r() * 300)}; @${pick(r, KEYS)}]`;
  else if (c < 0.4) s += ` ([report](https://example.org/r/${Math.floor(r() * 1000)}))`;
  return `${s}.${c > 0.4 && c < 0.45 ? `[^${Math.floor(r() * 20) + 1}]` : ''}`;
}

function paragraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(r));
  if (r() < 0.1) parts.push('Use `policy-lens check` to verify it.');
  // Wrap at about 90 columns, as people write.
  return parts.join(' ').replace(/(.{70,90}?) /g, '$1\n');
}

/** Front matter with `references` inline references (the rest are in a bibliography file). */
export function frontMatter(references = KEYS.length): string {
  const refs = KEYS.slice(0, references)
    .map(
      (k, i) =>
        `  - id: ${k}\n    title: Source number ${i}\n    author: [{family: Author${i}, given: A.}]\n    issued: ${2000 + (i % 23)}`,
    )
    .join('\n');
  return (
    `---\ntitle: Generated analysis\nbibliography: references.json\nreferences:\n${refs}\n` +
    `actors:\n  wagner: {name: Wagner Group, kind: group, aliases: [Wagner]}\n` +
    `concepts:\n  order-export: {term: order export, definition: Exporting a model of rule.}\nnocite: "@*"\n---\n`
  );
}

/** An analysis file of about `size` UTF-16 characters, with `references` inline references. */
export function corpus(size: number, seed = 1, references = KEYS.length): string {
  const r = random(seed);
  let text = frontMatter(references);
  let section = 0;
  while (text.length < size) {
    if (r() < 0.08) text += `\n## Section ${++section}: ${pick(r, CONCEPTS)}\n`;
    if (r() < 0.1) text += `\n- ${sentence(r)}\n- ${sentence(r)}\n- ${sentence(r)}\n`;
    text += `\n${paragraph(r)}\n`;
  }
  text += '\n' + Array.from({ length: 20 }, (_, i) => `[^${i + 1}]: A note on source ${i}.`).join('\n') + '\n';
  return text;
}

/** Inputs that break naive regular expressions, each about `size` characters. */
export function pathological(size: number): Record<string, string> {
  return {
    'one line, no spaces': 'a'.repeat(size),
    'nested brackets':
      '['.repeat(Math.min(100_000, size / 2)) + 'x' + ']'.repeat(Math.min(100_000, size / 2)) + ' '.repeat(Math.max(0, size - 200_001)),
    'quote marks': '" '.repeat(Math.min(50_000, size / 2)) + 'x '.repeat(Math.max(0, (size - 100_000) / 2)),
    'only citations': '[@key] '.repeat(Math.floor(size / 7)),
    'curly quotes, unclosed': '“a '.repeat(Math.floor(size / 3)),
    backticks: '`a ``b '.repeat(Math.floor(size / 7)),
  };
}

/** `n` BibTeX entries as reference managers export them: accents, braces, macros, crossrefs. */
export function generatedBib(n: number): string {
  const out = ['@string{ceip = {Carnegie Endowment for International Peace}}\n'];
  for (let i = 0; i < n; i++) {
    out.push(
      `@article{key${i},\n  author = {M{\\"u}ller, J{\\"o}rg and Nov{\\'a}k, Petr and {Collective Team ${i % 13}}},\n` +
        `  title = {The {CSTO} and \\emph{limited} sovereignty, part ${i}},\n  journal = ceip # { Papers},\n  year = ${1990 + (i % 35)},\n` +
        `  doi = {10.1234/bench.${i}},\n${i % 10 === 0 && i > 0 ? `  crossref = {key${i - 1}},\n` : ''}}\n\n`,
    );
  }
  return out.join('');
}

const WORLD_SUBJECTS = [
  'Chile',
  'Bhutan',
  'Senegal',
  'the Netherlands',
  'Vietnam',
  'Kenya',
  'Peru',
  'Norway',
  'Indonesia',
  'the IMF',
  'ASEAN',
  'the African Union',
  'the World Bank',
  'Georgia',
  'Jordan',
];
const WORLD_DEMONYMS = ['Chilean', 'Senegalese', 'Dutch', 'Vietnamese', 'Kenyan', 'Peruvian', 'Norwegian', 'Indonesian', 'Jordanian'];
const WORLD_CAPITALS = ['Santiago', 'Dakar', 'Hanoi', 'Nairobi', 'Lima', 'Oslo', 'Jakarta', 'Amman'];
const GIVEN = ['Maria', 'Tomas', 'Ines', 'Kofi', 'Anya', 'Lars', 'Mei', 'Omar'];
const SURNAMES = ['Okafor', 'Halvorsen', 'Calder', 'Mensah', 'Petrov', 'Lindqvist', 'Tanaka', 'Haddad'];
const PLACES = ['Halvik camp', 'Dunmore district', 'Port Vell', 'the Lenko valley'];
const BODIES = ['the Dunmore Water Authority', 'the Ministry of Coastal Affairs', 'the Harbour Council', 'the Lintel Group'];

/**
 * About `size` characters of prose beyond the built-in domain: states and organisations of the
 * world knowledge by name, demonym and capital, and people, places and bodies it does not know.
 */
export function worldCorpus(size: number, seed = 3): string {
  const r = random(seed);
  let text = '';
  while (text.length < size) {
    const parts: string[] = [];
    for (let i = 2 + Math.floor(r() * 4); i > 0; i--) {
      const x = r();
      const person = `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`;
      if (x < 0.2) parts.push(`${pick(r, WORLD_SUBJECTS)} and ${pick(r, WORLD_SUBJECTS)} signed the accord with ${pick(r, BODIES)}.`);
      else if (x < 0.35) parts.push(`${pick(r, WORLD_DEMONYMS)} officials met Senator ${person} in ${pick(r, PLACES)}.`);
      else if (x < 0.5)
        parts.push(`${pick(r, WORLD_CAPITALS)} warned that ${pick(r, BODIES)} had failed; talks in ${pick(r, WORLD_CAPITALS)} went on.`);
      else if (x < 0.65) parts.push(`${person.split(' ')[1]} said ${pick(r, WORLD_SUBJECTS)} would act in ${pick(r, PLACES)}.`);
      else if (x < 0.8)
        parts.push(
          `In ${2000 + Math.floor(r() * 23)}, aid to ${pick(r, PLACES)} rose by ${Math.floor(r() * 90) + 5}% [@${pick(r, KEYS)}].`,
        );
      else parts.push(`Critics of ${pick(r, BODIES)} and ${person} pointed to ${pick(r, WORLD_SUBJECTS)}.`);
    }
    text += `\n${parts.join(' ').replace(/(.{70,90}?) /g, '$1\n')}\n`;
  }
  return frontMatter() + text;
}
