/**
 * UK and US spellings folded to one form, so "organization" finds "organisation" and "program" finds
 * "programme". The full-text index is built from folded text and every query is folded the same way
 * (electron/services/reuse). The folded form is the UK one; it is never shown: the index keeps the
 * officer's own words for display (see migration 8).
 *
 * One word always folds to one word, so the folded text has the same tokens in the same places as the
 * original: that is what lets SQLite mark the matching words in the original text.
 *
 * Changing these rules changes what the index holds: a change needs a migration that rebuilds
 * question_text (spellingVariants.test.ts holds a fingerprint that fails until that is done).
 */

/** Whole words, US → UK. Inflections are listed where they differ. */
const WORDS: Readonly<Record<string, string>> = {
  program: 'programme',
  programs: 'programmes',
  license: 'licence',
  licenses: 'licences',
  center: 'centre',
  centers: 'centres',
  centered: 'centred',
  theater: 'theatre',
  theaters: 'theatres',
  fiber: 'fibre',
  fibers: 'fibres',
  liter: 'litre',
  liters: 'litres',
  defense: 'defence',
  defenses: 'defences',
  offense: 'offence',
  offenses: 'offences',
  pretense: 'pretence',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  catalog: 'catalogue',
  catalogs: 'catalogues',
  dialog: 'dialogue',
  analog: 'analogue',
  gray: 'grey',
  aluminum: 'aluminium',
  jewelry: 'jewellery',
  plow: 'plough',
  mold: 'mould',
  fulfill: 'fulfil',
  fulfills: 'fulfils',
  fulfillment: 'fulfilment',
  enroll: 'enrol',
  enrolls: 'enrols',
  enrollment: 'enrolment',
  enrollments: 'enrolments',
  installment: 'instalment',
  installments: 'instalments',
  skillful: 'skilful',
  willful: 'wilful',
  judgement: 'judgment',
  judgements: 'judgments',
  acknowledgment: 'acknowledgement',
  acknowledgments: 'acknowledgements',
  aging: 'ageing',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  pediatric: 'paediatric',
  pediatrics: 'paediatrics',
  orthopedic: 'orthopaedic',
  anesthetic: 'anaesthetic',
  anesthesia: 'anaesthesia',
  anemia: 'anaemia',
  hemorrhage: 'haemorrhage',
  leukemia: 'leukaemia',
  gynecology: 'gynaecology',
  hematology: 'haematology',
  estrogen: 'oestrogen',
  diarrhea: 'diarrhoea',
  encyclopedia: 'encyclopaedia',
};

/** UK roots written -our (colour): US drops the u. Only these: "four" and "hour" are not variants. */
const OUR_ROOTS = [
  'arm', 'behavi', 'cand', 'clam', 'col', 'demean', 'endeav', 'fav', 'ferv', 'flav', 'harb', 'hon', 'hum',
  'lab', 'misdemean', 'neighb', 'od', 'parl', 'rig', 'rum', 'savi', 'sav', 'splend', 'tum', 'val', 'vap', 'vig',
];
const OUR_SUFFIXES = ['', 's', 'ed', 'ing', 'able', 'ably', 'al', 'ally', 'ite', 'ites', 'hood', 'hoods', 'less', 'ful', 'ist', 'ists', 'er', 'ers'];

/** Roots that double the l in UK English before -ed, -ing, -er (travelled). */
const DOUBLE_L_ROOTS = [
  'cancel', 'channel', 'counsel', 'dial', 'equal', 'fuel', 'jewel', 'label', 'level', 'marshal', 'marvel', 'model',
  'panel', 'quarrel', 'rival', 'shovel', 'signal', 'spiral', 'total', 'travel', 'tunnel', 'unravel',
];
const DOUBLE_L_SUFFIXES = ['ed', 'ing', 'er', 'ers', 'or', 'ors'];

/** -ize words that are spelled -ize in UK English too, or are not -ize words at all. */
const IZE_KEEP = new Set(['size', 'sizes', 'sized', 'sizing', 'seize', 'seizes', 'seized', 'seizing', 'prize', 'prizes', 'prized', 'maize', 'baize', 'capsize', 'capsized']);
const IZE = /^([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational|able)$/;
const YZE = /^([a-z]{2,})yz(e|es|ed|ing|er|ers)$/;

function buildTable(): Map<string, string> {
  const table = new Map<string, string>(Object.entries(WORDS));
  for (const root of OUR_ROOTS) for (const s of OUR_SUFFIXES) table.set(`${root}or${s}`, `${root}our${s}`);
  for (const root of DOUBLE_L_ROOTS) for (const s of DOUBLE_L_SUFFIXES) table.set(`${root}${s}`, `${root}l${s}`);
  return table;
}
const TABLE = buildTable();

/** One word (any case) in its folded form, lower case; a word with no variant comes back lower-cased. */
export function foldWord(word: string): string {
  const w = word.toLowerCase();
  const listed = TABLE.get(w);
  if (listed) return listed;
  if (!IZE_KEEP.has(w)) {
    const ize = IZE.exec(w);
    // "downsize", "resize": a root ending in s is the word "size", not the suffix.
    if (ize && !ize[1]!.endsWith('s')) return `${ize[1]}is${ize[2]}`;
  }
  const yze = YZE.exec(w);
  if (yze) return `${yze[1]}ys${yze[2]}`;
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The text with every word folded. Words without a variant are left as written (the index lower-cases
 * them itself), and everything between words is kept, so word positions never move.
 */
export function foldSpelling(text: string): string {
  return text.replace(WORD, (w) => {
    const folded = foldWord(w);
    return folded === w.toLowerCase() ? w : folded;
  });
}

/** What the rules are, as data: the fingerprint test in spellingVariants.test.ts reads it. */
export function spellingRulesDescription(): string {
  return JSON.stringify({ table: [...TABLE.entries()].sort(), keep: [...IZE_KEEP].sort(), ize: IZE.source, yze: YZE.source });
}
