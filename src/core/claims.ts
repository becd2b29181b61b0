// Decides which kinds of checkable claim a sentence makes. Patterns run on masked prose (no code,
// citations or URLs) and are written to be linear: no nested unbounded quantifiers.
import type { ClaimKind } from './types';
import { hashWord } from './wordHash';

/** Quotation patterns, each with the opening mark a sentence must contain for it to be worth running. */
const QUOTED: ReadonlyArray<[string, RegExp]> = [
  ['“', /“([^“”]*)”/g],
  ['«', /«([^«»]*)»/g],
  ['„', /„([^„“”]*)[“”]/g],
  ['"', /(?<![\p{L}\p{N}])"([^"]*)"/gu],
  ['‘', /(?<![\p{L}\p{N}])‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?!\p{L})/gu],
];
/** The bit `triggers` sets for each opening mark of QUOTED, by its char code. */
const QUOTE_BIT = new Map(QUOTED.map(([mark], k) => [mark.charCodeAt(0), 1 << (22 + k)]));
const ANY_QUOTE = [...QUOTE_BIT.values()].reduce((a, b) => a | b, 0);
/** Shorter quoted phrases without attribution are terms or scare quotes, not quotations. */
const MIN_QUOTE_WORDS = 4;

const ATTRIBUTION = new RegExp(
  String.raw`\b(?:said|says|stated|announced|claimed|reported|declared|told|noted|insisted|insists|argued|argues|asserted|asserts|admitted|admits|` +
    String.raw`acknowledged|confirmed|denied|denies|described|warned|warns|wrote|writes|remarked|stressed|emphasi[sz]ed|pledged|vowed|alleged|alleges|` +
    String.raw`contended|contends|explained|according to|in the words of|as reported by|quoted as|is quoted|was quoted|in a statement|spokes(?:man|woman|person))\b`,
  'i',
);

const WEASEL = [
  new RegExp(
    String.raw`\b(?:scholars|experts|analysts|observers|critics|commentators|researchers|historians|academics|officials|sources|specialists|pundits|insiders|diplomats)` +
      String.raw`\s+(?:(?:have|has|had)\s+(?:long\s+)?(?:been\s+)?|are\s+|were\s+)?(?:argu|say|said|believ|suggest|agree|warn|note|claim|contend|maintain|think|consider|describ|point\w*\s+out)`,
    'i',
  ),
  /\bit\s+(?:is|was|has\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|increasingly\s+)?(?:believed|thought|said|known|accepted|argued|claimed|reported|suggested|agreed|assumed|understood|acknowledged)\b/i,
  /\b(?:some|many|most)\s+(?:people\s+)?(?:say|argue|believe|claim|think|agree)\b/i,
  /\b(?:studies|research|surveys|polls)\s+(?:show|shows|suggest|suggests|indicate|indicates|found|have\s+shown)\b/i,
  /\b(?:widely|generally)\s+(?:regarded|considered|seen|believed|accepted)\b/i,
];

const STATISTIC = [
  /\d\s*(?:%|per\s?cent\b)/i,
  /[$€£¥₽]\s?\d/,
  /\d\s*(?:million|billion|trillion|thousand|dollars|euros|roubles|rubles|USD|EUR|RUB)\b/i,
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|several|a\s+few)\s+(?:hundred|thousand|million|billion|trillion)\b/i,
  /\b(?:hundreds|thousands|millions|billions|dozens|tens\s+of\s+thousands)\s+of\b/i,
  /\b(?:most|the\s+(?:vast\s+)?majority|a\s+majority|(?:one|a)\s+(?:half|third|quarter|fifth)|half|two[- ]thirds|three[- ]quarters|the\s+bulk|the\s+lion['’]?s\s+share)\s+of\s+(?:the|its|their|his|her|all|these|those)\b/i,
  /\b(?:more|fewer|less)\s+than\s+(?:a\s+(?:hundred|thousand|million|billion|third|half|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b/i,
  /\b(?:doubled|tripled|quadrupled|halved|twice\s+as\s+many|three\s+times\s+as)\b/i,
];

const NUMBER = /(?<![\p{L}\p{N}\-.,:/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}:/]|[.,]\d)/gu;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const BEFORE_MONTH = new RegExp(String.raw`^\s+${MONTH}\b`);
const AFTER_MONTH = new RegExp(String.raw`\b${MONTH}\s+$`);
const NOT_A_QUANTITY_BEFORE = /\b(?:article|section|chapter|resolution|no\.?|number|paragraph|page|p\.|pp\.|vol\.?|protocol|point|item|phase|stage|level|version|room|route|highway)\s*$/i;

/** Whether a number in the sentence is a quantity of fact (not a year, a day of a month, an article number). */
function hasQuantity(s: string): boolean {
  for (const m of s.matchAll(NUMBER)) {
    const digits = m[1]!;
    const at = m.index;
    const before = s.slice(Math.max(0, at - 16), at);
    const after = s.slice(at + digits.length, at + digits.length + 16);
    const value = Number(digits.replace(/,/g, ''));
    if (/^\d{4}$/.test(digits) && value >= 1000 && value <= 2100 && !/^\s*%/.test(after)) continue; // a year
    if (value >= 1 && value <= 31 && /^\d{1,2}$/.test(digits) && (BEFORE_MONTH.test(after) || AFTER_MONTH.test(before))) continue;
    if (NOT_A_QUANTITY_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

// Most sentences contain none of the words the patterns need, so each pattern runs only when
// the sentence has one of its trigger words: a word every match of it contains. Words are runs of
// [A-Za-z0-9_], exactly what `\b` delimits in these (non-Unicode) patterns, compared in ASCII
// lower case, as `i` compares them. A test checks the result equals running every pattern.
const ATTRIBUTION_BIT = 1;
const WEASEL_BITS = [2, 4, 8, 16, 32];
const STATISTIC_WORD_BITS = [0, 0, 0, 64, 128, 256, 512, 1024];
const TRIGGERS: ReadonlyArray<[number, string]> = [
  [ATTRIBUTION_BIT, 'said says stated announced claimed reported declared told noted insisted insists argued argues asserted asserts admitted admits acknowledged confirmed denied denies described warned warns wrote writes remarked stressed emphasised emphasized pledged vowed alleged alleges contended contends explained according words quoted statement spokesman spokeswoman spokesperson'],
  [WEASEL_BITS[0]!, 'scholars experts analysts observers critics commentators researchers historians academics officials sources specialists pundits insiders diplomats'],
  [WEASEL_BITS[1]!, 'believed thought said known accepted argued claimed reported suggested agreed assumed understood acknowledged'],
  [WEASEL_BITS[2]!, 'say argue believe claim think agree'],
  [WEASEL_BITS[3]!, 'studies research surveys polls'],
  [WEASEL_BITS[4]!, 'widely generally'],
  [STATISTIC_WORD_BITS[3]!, 'hundred thousand million billion trillion'],
  [STATISTIC_WORD_BITS[4]!, 'hundreds thousands millions billions dozens tens'],
  [STATISTIC_WORD_BITS[5]!, 'most majority half third quarter fifth thirds quarters bulk share'],
  [STATISTIC_WORD_BITS[6]!, 'than'],
  [STATISTIC_WORD_BITS[7]!, 'doubled tripled quadrupled halved twice times'],
];
/** Lower-case ASCII word hash -> the patterns it may trigger (a collision only runs a pattern for nothing). */
const TRIGGER_BITS = new Map<number, number>();
for (const [bit, words] of TRIGGERS) {
  for (const w of words.split(' ')) {
    const h = hashWord(w, 0, w.length);
    TRIGGER_BITS.set(h, (TRIGGER_BITS.get(h) ?? 0) | bit);
  }
}
const DIGIT_BIT = 1 << 20;
const CURRENCY_BIT = 1 << 21;

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Which patterns a sentence may match: trigger words, digits and currency signs, in one pass. */
function triggers(s: string): number {
  let bits = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (!isAsciiWord(c)) {
      if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20bd) bits |= CURRENCY_BIT;
      else if (c === 34 || c >= 0xab) bits |= QUOTE_BIT.get(c) ?? 0;
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (i < n) {
      const d = s.charCodeAt(i);
      if (!isAsciiWord(d)) break;
      if (d >= 48 && d <= 57) bits |= DIGIT_BIT;
      h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      i++;
    }
    if (i - start > 1) bits |= TRIGGER_BITS.get(h) ?? 0;
  }
  return bits;
}

/** The claim kinds of one sentence (masked prose), in a fixed order; empty for no claim. */
export function claimKinds(sentence: string): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  const bits = triggers(sentence);
  const attributed = (bits & ATTRIBUTION_BIT) !== 0 && ATTRIBUTION.test(sentence);
  for (let k = 0; k < QUOTED.length && (bits & ANY_QUOTE) !== 0; k++) {
    if ((bits & (1 << (22 + k))) === 0) continue;
    const re = QUOTED[k]![1];
    let found = false;
    for (const m of sentence.matchAll(re)) {
      if (attributed || wordCount(m[1]!) >= MIN_QUOTE_WORDS) {
        found = true;
        break;
      }
    }
    if (found) {
      kinds.push('quotation');
      break;
    }
  }
  if (attributed) kinds.push('attribution');
  if (isStatistic(sentence, bits)) kinds.push('statistic');
  if (WEASEL.some((re, k) => (bits & WEASEL_BITS[k]!) !== 0 && re.test(sentence))) kinds.push('weasel');
  return kinds;
}

function isStatistic(sentence: string, bits: number): boolean {
  const digits = (bits & DIGIT_BIT) !== 0;
  // Patterns 0-2 need a digit (and 1 a currency sign); the rest need a trigger word.
  if (digits && (STATISTIC[0]!.test(sentence) || STATISTIC[2]!.test(sentence))) return true;
  if (digits && (bits & CURRENCY_BIT) !== 0 && STATISTIC[1]!.test(sentence)) return true;
  for (let k = 3; k < STATISTIC.length; k++) if ((bits & STATISTIC_WORD_BITS[k]!) !== 0 && STATISTIC[k]!.test(sentence)) return true;
  return digits && hasQuantity(sentence);
}

/** Every pattern on every sentence, without the trigger words: the reference the tests compare with. */
export function claimKindsUnfiltered(sentence: string): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  const attributed = ATTRIBUTION.test(sentence);
  for (const [mark, re] of QUOTED) {
    if (!sentence.includes(mark)) continue;
    if ([...sentence.matchAll(re)].some((m) => attributed || wordCount(m[1]!) >= MIN_QUOTE_WORDS)) {
      kinds.push('quotation');
      break;
    }
  }
  if (attributed) kinds.push('attribution');
  if (STATISTIC.some((re) => re.test(sentence)) || hasQuantity(sentence)) kinds.push('statistic');
  if (WEASEL.some((re) => re.test(sentence))) kinds.push('weasel');
  return kinds;
}
