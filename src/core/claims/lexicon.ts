// Word lists the claim rules read. Verbs are listed once, by their base form; every inflection is
// generated here, so a rule and its prefilter always see the same words.

/** Verbs that report what a source said, thought, estimated or decided to make known. */
const REPORTING_VERBS = (
  'say tell state announce claim report declare note insist argue assert admit acknowledge confirm deny describe warn write ' +
  'remark stress emphasise emphasize pledge vow allege contend explain add accuse assess estimate calculate conclude concede ' +
  'maintain suggest propose predict forecast project reckon believe consider complain criticise criticize condemn denounce ' +
  'praise reveal disclose divulge testify tweet publish recall recount reply retort counter comment observe ' +
  'mention highlight imply caution threaten promise guarantee assure reassure urge demand ' +
  'summarise summarize dismiss reject refute rebut dispute ' +
  'blame boast brag lament regret apologise apologize recommend advise advocate insinuate speculate theorise theorize ' +
  'hypothesise hypothesize quote cite paraphrase reiterate restate proclaim pronounce profess affirm aver avow attest ' +
  'swear vouch confess clarify specify elaborate foresee posit postulate'
).split(/\s+/);

/** Verbs that report only with their particle: "call for", "point out", "sum up". */
export const PHRASAL_REPORTING: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on', 'upon'],
  point: ['out'],
  sum: ['up'],
  hint: ['at'],
  spell: ['out'],
  weigh: ['in'],
};

/**
 * Forms English does not make by rule, for the verbs listed here and in features.ts:
 * base -> [third person, past, participle, gerund, other spellings].
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  aver: ['avers', 'averred', 'averred', 'averring'],
  brag: ['brags', 'bragged', 'bragged', 'bragging'],
  sum: ['sums', 'summed', 'summed', 'summing'],
  spell: ['spells', 'spelled', 'spelt', 'spelling', 'spelled'],
};

/** Every inflected form of a regular English verb. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? base.slice(0, -1) + 'ies' : /(?:s|x|z|ch|sh|o)$/.test(base) ? base + 'es' : base + 's';
  const past = consonantY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : base + 'ed';
  const gerund = base.endsWith('ee') ? base + 'ing' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, third, past, gerund];
}

/** Inflected form -> its base. */
export const REPORTING_FORMS: ReadonlyMap<string, string> = new Map(REPORTING_VERBS.flatMap((v) => inflect(v).map((f) => [f, v] as const)));
/** Inflected form of a phrasal reporting verb -> its base. */
export const PHRASAL_FORMS: ReadonlyMap<string, string> = new Map(
  Object.keys(PHRASAL_REPORTING).flatMap((v) => inflect(v).map((f) => [f, v] as const)),
);

/** Reporting verbs whose bare, -s and -ing forms are also everyday nouns or adjectives ("a claim", "member states"). */
export const NOUN_LIKE = new Set(
  (
    'claim report state note estimate comment promise pledge vow reply respond demand forecast project quote dispute praise ' +
    'blame counter regret guarantee threaten add post tweet publish recall reject dismiss advise caution concede ' +
    'highlight mention record'
  ).split(' '),
);

/** "according to ..." that names no source: a plan, a view, a logic. */
export const ACCORDING_IDIOMS = new Set(
  'plan plans view views logic theory reasoning schedule script rules form type design expectations wishes'.split(' '),
);

/** Plural nouns for people who are not named: their report is an appeal to unnamed authority. */
export const VAGUE_SOURCES = new Set(
  (
    'scholars experts analysts observers critics commentators researchers historians academics officials sources specialists ' +
    'pundits insiders diplomats economists strategists bankers investors backers supporters proponents opponents advocates ' +
    'skeptics sceptics detractors defenders residents witnesses locals activists lawmakers legislators politicians ' +
    'authorities aides advisers advisors watchers reports studies surveys polls scientists ' +
    'officers some many most others several few'
  ).split(' '),
);

/** Adverbs that report without naming a source. */
export const HEARSAY_ADVERBS = new Set('reportedly allegedly supposedly purportedly reputedly rumouredly ostensibly apparently'.split(' '));
/** Participles of passive hearsay: "is said to", "are believed to", "have been accused of". */
export const HEARSAY_PARTICIPLES = new Set(
  (
    'said believed thought reported alleged rumoured rumored understood known expected accused suspected estimated ' +
    'considered seen regarded claimed feared suggested'
  ).split(' '),
);
/** Forms of "be" that make the passive. */
export const BE_FORMS = new Set('is are was were be been being'.split(' '));

/** Nouns of unnamed evidence: "a recent poll", "studies show". */
export const UNNAMED_EVIDENCE = new Set('poll polls survey surveys study studies research'.split(' '));
/** "the thinking goes": a proverbial source. */
export const THINKING_GOES = new Set('thinking argument logic theory story reasoning wisdom'.split(' '));

/** Words after which a form is a noun or adjective, not a verb: "the declared policy", "a claim". */
export const DETERMINERS = new Set(
  'the a an this that these those its their his her our my your whose every each no any some such'.split(' '),
);
/** Subjects that are the author or the reader, not a source. */
export const OWN_VOICE = new Set("i we i'd i've i'm we've we'd we're you you're".split(' '));
