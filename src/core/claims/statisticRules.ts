// Rules for statistics: figures about the world (money, percentages, counts, rates). A vague
// quantity in words ("thousands of", "most of the") in the author's own what-if is not one.
import { evidence, type ClaimRule, type SentenceView } from './sentence';

const NUMBER = /(?<![\p{L}\p{N}\-.,:/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}:/]|[.,]\d)/gu;
const MONTH =
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December` +
  String.raw`|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const BEFORE_MONTH = new RegExp(String.raw`^\s+${MONTH}\b`);
const AFTER_MONTH = new RegExp(String.raw`\b${MONTH}\s+$`);
const NOT_A_QUANTITY_BEFORE = new RegExp(
  String.raw`\b(?:article|section|chapter|resolution|no\.?|number|paragraph|page|p\.|pp\.|vol\.?` +
    String.raw`|protocol|point|item|phase|stage|level|version|room|route|highway)\s*$`,
  'i',
);

/** The first number in the sentence that is a quantity of fact (not a year, a day of a month, an article number). */
function quantity(s: string): [number, number] | undefined {
  for (const m of s.matchAll(NUMBER)) {
    const digits = m[1]!;
    const at = m.index;
    const before = s.slice(Math.max(0, at - 16), at);
    const after = s.slice(at + digits.length, at + digits.length + 16);
    const value = Number(digits.replace(/,/g, ''));
    if (/^\d{4}$/.test(digits) && value >= 1000 && value <= 2100 && !/^\s*%/.test(after)) continue; // a year
    if (value >= 1 && value <= 31 && /^\d{1,2}$/.test(digits) && (BEFORE_MONTH.test(after) || AFTER_MONTH.test(before))) continue;
    if (NOT_A_QUANTITY_BEFORE.test(before)) continue;
    return [at, at + digits.length];
  }
  return undefined;
}

/** The author's own what-if or aside: a modal, a condition, an imperative or a question. */
const HYPOTHETICAL = /\b(?:could|would|might|may|if|suppose|imagine|think about)\b|\?\s*$|\b(?:I|I've|I'm|I’ve|I’m)\b/i;

/** `\b` as the tokenizer sees words (Unicode letters and digits), so a rule's trigger word is a token wherever the rule matches. */
const WORD_EDGE = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;

function pattern(name: string, source: RegExp, trigger: ClaimRule['trigger'], vague = false): ClaimRule {
  // Made when the rule first runs: a Unicode pattern is parsed when it is made (a few tenths of a
  // millisecond each, at every CLI start), and most files never have most trigger words.
  let re: RegExp | undefined;
  const compiled = () =>
    'words' in trigger ? new RegExp(source.source.replaceAll(String.raw`\b`, WORD_EDGE), source.flags + 'u') : source;
  return {
    kind: 'statistic',
    name,
    trigger,
    find(s: SentenceView) {
      const m = (re ??= compiled()).exec(s.text);
      if (!m || (vague && HYPOTHETICAL.test(s.text))) return undefined;
      return evidence('statistic', m.index, m.index + m[0].length);
    },
  };
}
const words = (list: string) => ({ words: new Set(list.split(' ')) });
const DIGITS = '0123456789';

export const STATISTIC_RULES: readonly ClaimRule[] = [
  pattern('percentage', /(?<![\d.,])\d[\d.,]*\s?(?:%|per\s?cent\b)/i, { chars: DIGITS }),
  pattern('money', /[$€£¥₽]\s?\d[\d,.]*(?:\s(?:million|billion|trillion)\b)?/, { chars: '$€£¥₽' }),
  pattern('amount', /(?<![\d,.])\d[\d,.]*\s?(?:million|billion|trillion|thousand|dollars|euros|roubles|rubles|USD|EUR|RUB)\b/i, {
    chars: DIGITS,
  }),
  pattern(
    'quantity in words',
    /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|several|a\s+few)\s+(?:hundred|thousand|million|billion|trillion)\b/i,
    words('hundred thousand million billion trillion'),
    true,
  ),
  pattern(
    'quantity in words',
    /\b(?:hundreds|thousands|millions|billions|dozens|tens\s+of\s+thousands)\s+of\b/i,
    words('hundreds thousands millions billions dozens tens'),
    true,
  ),
  pattern(
    'proportion',
    new RegExp(
      String.raw`\b(?:most|the\s+(?:vast\s+)?majority|a\s+majority|(?:one|a)\s+(?:half|third|quarter|fifth)|half` +
        String.raw`|two[- ]thirds|three[- ]quarters|the\s+bulk|the\s+lion['’]?s\s+share)\s+of\s+(?:the|its|their|his|her|all|these|those)\b`,
      'i',
    ),
    words('most majority half third quarter fifth thirds quarters bulk share'),
    true,
  ),
  pattern(
    'comparison of quantities',
    new RegExp(
      String.raw`\b(?:more|fewer|less)\s+than\s+(?:a\s+(?:hundred|thousand|million|billion|third|half|quarter|dozen)` +
        String.raw`|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b`,
      'i',
    ),
    words('than'),
    true,
  ),
  pattern(
    'change of quantity',
    /\b(?:doubled|tripled|quadrupled|halved|twice\s+as\s+many|three\s+times\s+as)\b/i,
    words('doubled tripled quadrupled halved twice times'),
  ),
  {
    kind: 'statistic',
    name: 'number',
    trigger: { chars: DIGITS },
    find(s) {
      const q = quantity(s.text);
      return q && evidence('statistic', q[0], q[1]);
    },
  },
];
