// Word lists the name rules read (worldRules.ts, names.ts). English only; lower-cased unless said.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Words that are capitalised at the start of a sentence or heading but never start a name:
 * function words, sentence adverbs, pronouns, numbers.
 */
export const FUNCTION_WORDS = words(`
a an the and or but nor so yet for of in on at to from by with without within into onto upon about above
below over under after before since until while when whenever where wherever why how what which who whom
whose whether if unless although though because as than then there here this that these those it its it's
he she they we i you me him her them us our your their his my mine yours theirs ours one ones some any
all both each every either neither no not none many much more most few fewer less least several such
other others another same own only just also even still already again ever never always often sometimes
perhaps maybe indeed instead meanwhile however moreover furthermore therefore thus hence otherwise besides
nevertheless nonetheless consequently accordingly likewise similarly finally first firstly second secondly
third thirdly last lastly next now today tomorrow yesterday later earlier soon once twice despite during
among amid amidst between beyond through throughout toward towards against along across around behind
beside near per via like unlike including regarding concerning following given let yes well oh do does
did done is are was were be been being has have had having can could may might must shall should will
would ought being become became get got make made take took see saw say said says tell told think thought
top key main best worst better worse early late
zero two three four five six seven eight nine ten hundred thousand million billion trillion
`);

/** Titles and ranks: before a name they mark a person (or an office), and are not part of the name. */
export const TITLES = words(`
president prime minister premier chancellor senator sen sen. representative rep rep. congressman
congresswoman governor gov gov. secretary ambassador envoy general gen gen. admiral adm colonel col
col. lieutenant lt lt. sergeant captain capt commander mayor king queen prince princess emir sheikh
sultan ayatollah imam pope patriarch chairman chairwoman director ceo speaker judge justice dr dr.
mr mr. mrs mrs. ms ms. professor prof prof. commissioner spokesman spokeswoman spokesperson dictator
strongman candidate
`);

/** Words that qualify a title ("Foreign Minister", "Vice President"); alone before a noun they are part of a name ("State Department"). */
export const TITLE_MODIFIERS = words(
  `vice deputy foreign defense defence finance interior state attorney chief former acting then late first`,
);

/** Capitalised words that are not names: months, days, eras, and acronyms of things rather than actors. */
export const NOT_NAMES = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
i ii iii iv v vi vii viii ix x xi xii
am pm bc ad ce bce dc gdp gnp cpi pii api vpn gps usb sms ip os ceo cfo cto pdf url html http https www ok tv dna rna hiv aids
covid covid-19 co2 usd eur gbp rub ngo ngos faq eta q1 q2 q3 q4 fy vs etc ie eg id pc phd ai it
internet web english french german spanish russian chinese arabic latin greek note notes figure table
chapter section appendix introduction conclusion summary abstract references bibliography sources
western eastern northern southern western-backed pro-western post-soviet soviet-era cold war
god christmas easter ramadan eid
`);

/** Heads that make a place name with the proper name before them ("Rukban camp", "Idlib province"). */
export const PLACE_HEADS = words(`
camp camps base garrison province region district governorate county city town village river valley
airport port crossing strait mountains desert oblast prefecture enclave corridor pocket basin delta
`);

/** Capitalised words that, right after a state's name, make it part of another name ("Niger Delta"). */
export const NAME_HEADS = words(`
delta river basin valley sea gulf bay lake lakes mountains island islands peninsula canal strait city
street avenue road square bridge highway airport post times daily today herald journal tribune review
monthly weekly tech state university college institute foundation company co inc corp airlines cup
`);

/** First words that keep a state's name a mention of it ("Soviet Russia", "Nazi Germany"). */
export const HISTORIC_QUALIFIERS = words(`
soviet nazi imperial tsarist czarist communist ottoman weimar fascist socialist democratic modern
postwar pre-war post-war wartime occupied independent free greater mainland
`);

/** State names that are also given names or surnames, which a second capitalised word makes a person. */
export const PERSON_LIKE = words(`jordan chad georgia washington israel kenya victoria lebanon`);

/** Verbs and auxiliaries after a capital that make it its government acting ("Ankara warned"). */
export const GOVERNMENT_VERBS = words(`
has have had is was are were will would could should may might must can cannot can't won't wouldn't
does did doesn't didn't says said insists insisted claims claimed wants wanted sees saw views viewed
needs needed believes believed argues argued warns warned demands demanded seeks sought hopes hoped
fears feared considers considered regards regarded continues continued remains remained appears
appeared seems seemed tries tried denies denied rejects rejected supports supported opposes opposed
backs backed plans planned intends intended expects expected knows knew understands understood feels
felt threatens threatened responds responded reacts reacted refuses refused agrees agreed accepts
accepted announces announced sends sent takes took makes made gives gave keeps kept uses used views
prefers preferred pushes pushed presses pressed calls called accuses accused blames blamed condemns
condemned recognizes recognized recognises recognised imposes imposed lifts lifted signs signed
launches launched deploys deployed orders ordered approves approved vetoes vetoed hosts hosted offers
offered promises promised provides provided pledged pledges maintains maintained speaks spoke
talks talked stresses hints signals sees looks moves acts counts relies depends sends wants tells
asks asked answers answered replies replied admits admitted welcomes welcomed fails failed
`);

/** Words before a capital that make it its government ("pressure from Ankara", "talks between Ankara and…"). */
export const GOVERNMENT_BEFORE = words(`with from against toward towards between by pressured persuaded urged told`);

/**
 * Other US states, Georgia's neighbours and cities: near "Georgia" they make it the US state
 * (lower-cased, as they are compared).
 */
export const US_STATE_CUES = words(`
atlanta savannah augusta macon alabama florida tennessee carolina texas ohio arizona michigan
pennsylvania wisconsin nevada virginia kentucky mississippi louisiana iowa minnesota colorado
ga gop statehouse
`);

/** Words that make a name an organisation's (title case, as written). */
export const ORGANIZATION_WORDS = words(`
Ministry Department Office Agency Bank Council Committee Commission Organization Organisation Fund
Union Party Corporation Company Inc Corp Ltd LLC Institute Foundation Association Court Parliament
Congress Senate Assembly Duma Service Services Administration Authority Board Bureau Reserve Treasury
University College School Times Post News Press Journal Network Group Alliance Coalition Federation
League Centre Center Society Club Church Programme Program Forum Conference Mission Initiative
Secretariat Cabinet Government Embassy Police Guard Guards Navy Army Forces Force Command Brigade
Movement Front Militia Council Watch International
`);

/** Words that make a name an armed or political group's rather than an organisation's. */
export const GROUP_WORDS = words(`Army Forces Force Brigade Brigades Movement Front Militia Militias Rebels Taliban Guard`);

/** Words after which "of", "for" and "on" go on a name ("Bank of England", "Council on Foreign Relations"). */
export const INSTITUTION_WORDS = words(`
ministry department office agency bank council committee commission organization organisation fund
union party institute foundation association court assembly service administration authority board
bureau university college school center centre society league federation alliance coalition forum
conference mission secretariat embassy command republic kingdom emirate emirates state states
partnership network initiative project
sultanate principality secretary minister director chief chairman president governor house church
friends army forces front movement people's peoples congress
`);
