/**
 * The English and Indonesian words dates are written with, as lookup tables and regular-expression
 * fragments for date-expressions.ts. Everything is matched case-insensitively; month names are then
 * checked for a capital where a lower-case word could be something else ("may", "mar").
 */

import { MONTH_WORDS, TEXT_LANGUAGES, WEEKDAY_WORDS, wordTable, type TextLanguage } from './date-languages';

const merge = (tables: Record<string, number>[]) => Object.assign({}, ...tables) as Record<string, number>;

/** Full month names of every language (which ones a document accepts is decided by monthNumber). */
export const FULL_MONTHS: Record<string, number> = merge(TEXT_LANGUAGES.map((l) => MONTH_WORDS[l].full));

/** Abbreviations: only accepted with a day or a year beside them. */
export const SHORT_MONTHS: Record<string, number> = merge(TEXT_LANGUAGES.map((l) => MONTH_WORDS[l].short));

/** The month a word names in a document of `lang` (English and Indonesian words are read in every language). */
export const monthNumber = (word: string, lang: TextLanguage = 'en'): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const t of wordTable(MONTH_WORDS, lang)) {
    const n = t.full[w] ?? t.short[w];
    if (n) return n;
  }
  return undefined;
};

/** Month words that languages write in lower case (Spanish, French): no capital is asked of them. */
export const isLowerCaseMonthWord = (word: string, lang: TextLanguage): boolean => {
  if (lang !== 'es' && lang !== 'fr') return false;
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_WORDS[lang].full[w] !== undefined || MONTH_WORDS[lang].short[w] !== undefined;
};

/** The weekday (Monday = 1) a word names in a document of `lang`. */
export const weekdayNumber = (word: string, lang: TextLanguage = 'en'): number | undefined => {
  const w = word.toLowerCase();
  for (const t of wordTable(WEEKDAY_WORDS, lang)) if (t[w]) return t[w];
  return undefined;
};

const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

/** Any month word; a trailing dot of an abbreviation is matched by the rules. */
export const MONTH = alternation([...Object.keys(FULL_MONTHS), ...Object.keys(SHORT_MONTHS)]);
export const MONTH_FULL = alternation(Object.keys(FULL_MONTHS));

export const WEEKDAY = alternation(TEXT_LANGUAGES.flatMap((l) => Object.keys(WEEKDAY_WORDS[l])));

/** Word boundaries that know letters beyond ASCII (the regexes use the "u" flag). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A four-digit year, not part of a longer number, a decimal or a ticker ("1810.HK"). */
export const YEAR = `(?<![\\p{L}\\p{N}.,/])[12]\\d{3}(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\.\\p{Lu})`;

/** Years named relative to the dateline, in each language. */
const THIS_YEAR = ['this year', 'tahun ini', 'dieses jahr(?:es)?', 'diesem jahr', 'este año', 'cette année', 'en el año en curso'];
const LAST_YEAR = [
  'last year',
  'tahun lalu',
  'tahun kemarin',
  'letzte[mns]? jahr(?:es)?',
  'vergangene[mns]? jahr(?:es)?',
  'vorjahr(?:es)?',
  'el año pasado',
  "l[’']année dernière",
  "l[’']année passée",
  "l[’']an dernier",
  "l[’']an passé",
];
const NEXT_YEAR = [
  'next year',
  'tahun depan',
  'nächste[mns]? jahr(?:es)?',
  'kommende[mns]? jahr(?:es)?',
  'el próximo año',
  'el año que viene',
  "l[’']année prochaine",
  "l[’']an prochain",
];
export const RELATIVE_YEAR = [...THIS_YEAR, ...LAST_YEAR, ...NEXT_YEAR].join('|');
const LAST_YEAR_RE = new RegExp(`^(?:${LAST_YEAR.join('|')})$`, 'iu');
const NEXT_YEAR_RE = new RegExp(`^(?:${NEXT_YEAR.join('|')})$`, 'iu');

export function relativeYearOffset(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (LAST_YEAR_RE.test(w)) return -1;
  if (NEXT_YEAR_RE.test(w)) return 1;
  return 0;
}

export const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  pertama: 1,
  i: 1,
  '1': 1,
  second: 2,
  '2nd': 2,
  kedua: 2,
  ii: 2,
  '2': 2,
  third: 3,
  '3rd': 3,
  ketiga: 3,
  iii: 3,
  '3': 3,
  fourth: 4,
  '4th': 4,
  keempat: 4,
  iv: 4,
  '4': 4,
  // German, Spanish, French ("2. Quartal", "erstes Halbjahr", "tercer trimestre", "4e trimestre").
  '1.': 1,
  '2.': 2,
  '3.': 3,
  '4.': 4,
  erste: 1,
  zweite: 2,
  dritte: 3,
  vierte: 4,
  primer: 1,
  primero: 1,
  segundo: 2,
  tercer: 3,
  tercero: 3,
  cuarto: 4,
  premier: 1,
  '1er': 1,
  deuxième: 2,
  '2e': 2,
  troisième: 3,
  '3e': 3,
  quatrième: 4,
  '4e': 4,
};

/** The quarter (or half) an ordinal names: "fourth", "IV", "2.", "ersten", "tercer", "4e". */
export function quarterNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^(erst|zweit|dritt|viert)e[nrs]?$/u, '$1e');
  return ORDINAL[w];
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
};

/**
 * Words that, right before a bare four-digit number, make it a year ("in 2010", "dari tahun 2016");
 * without one, "2000 stores" or "compared to 2020" are not dates we offer.
 */
export const YEAR_CUES = [
  'in',
  'since',
  'from',
  'by',
  'until',
  'till',
  'through',
  'before',
  'after',
  'during',
  'between',
  'around',
  'circa',
  'c\\.',
  'ca\\.',
  'about',
  'approximately',
  'early',
  'late',
  'end of',
  'beginning of',
  'start of',
  'throughout',
  'year',
  'the year',
  'pada',
  'sejak',
  'dari',
  'hingga',
  'sampai',
  'sekitar',
  'sebelum',
  'setelah',
  'sesudah',
  'awal',
  'akhir',
  'pertengahan',
  'medio',
  'menjelang',
  'jelang',
  'tahun',
  'mulai',
  'selama',
  'antara',
  // German
  'im',
  'im jahr',
  'im jahre',
  'seit',
  'ab',
  'bis',
  'bis ende',
  'von',
  'vor',
  'nach',
  'anfang',
  'ende',
  'mitte',
  'zwischen',
  'jahr',
  'jahres',
  'um',
  // Spanish
  'en',
  'en el año',
  'el año',
  'desde',
  'hasta',
  'a partir de',
  'antes de',
  'después de',
  'entre',
  'durante',
  'año',
  'a finales de',
  'finales de',
  'a principios de',
  'principios de',
  'a mediados de',
  'mediados de',
  'a fines de',
  // French
  'depuis',
  'dès',
  'à partir de',
  "jusqu['’]en",
  'avant',
  'après',
  'pendant',
  'durant',
  'année',
  "l['’]année",
  "en l['’]an",
  'fin',
  'début',
  'courant',
  'mi-',
].join('|');

/** Cues before a bare month name ("begins in July", "sejak Maret"), resolved against the dateline year. */
export const MONTH_CUES = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after',
  'during',
  'early',
  'late',
  'mid-',
  'end of',
  'beginning of',
  'pada',
  'sejak',
  'bulan',
  'hingga',
  'sampai',
  'awal',
  'akhir',
  'pertengahan',
  'medio',
  'jelang',
  'menjelang',
  'sebelum',
  'setelah',
  'between',
  'antara',
  'im',
  'seit',
  'ab',
  'bis',
  'anfang',
  'ende',
  'mitte',
  'en',
  'desde',
  'hasta',
  'a partir de',
  'a finales de',
  'a principios de',
  'a mediados de',
  'depuis',
  'dès',
  'à partir de',
  "jusqu['’]en",
  'début',
  'fin',
  'courant',
].join('|');

/** Cues before a quarter without a year ("closes in Q3"), read in the dateline's year. */
export const QUARTER_CUES = [
  'in',
  'by',
  'until',
  'during',
  'for',
  'pada',
  'hingga',
  'sampai',
  'selama',
  'im',
  'bis',
  'en el',
  'au',
  'en',
  'dans le',
].join('|');

type Qualifier = 'by' | 'before' | 'after' | 'circa';
export type Role = 'start' | 'end';

/** Words in front of a date that qualify it ("by May 2022") or say it starts or ends something ("since 2016"). */
export const LEADING_WORDS: { re: RegExp; qualifier?: Qualifier; role?: Role }[] = [
  {
    re: /(?:no later than|not later than|paling lambat|selambat-lambatnya|by|spätestens|spätestens bis|a más tardar|au plus tard|d['’]ici)\s+$/iu,
    qualifier: 'by',
  },
  { re: /(?:before|prior to|sebelum|vor|antes de|avant)\s+$/iu, qualifier: 'before' },
  { re: /(?:after|setelah|sesudah|pasca|nach|después de|après)\s+$/iu, qualifier: 'after' },
  {
    re: /(?:around|about|approximately|roughly|circa|ca\.|c\.|sekitar|kira-kira|etwa|rund|um|hacia|alrededor de|vers|environ)\s+$/iu,
    qualifier: 'circa',
  },
  {
    re: /(?:since|from|starting(?:\s+in|\s+from)?|beginning in|sejak|dari|mulai|seit|ab|von|desde|a partir de|depuis|dès|à partir de|de)\s+$/iu,
    role: 'start',
  },
  { re: /(?:until|till|through|up to|hingga|sampai(?:\s+dengan)?|bis|hasta|jusqu['’]en|jusqu['’]à|jusqu['’]au)\s+$/iu, role: 'end' },
  // Words that belong to the date but change nothing: "Tanggal 23 Mei", "bulan Juli", "the end of 2021", "im Jahr", "el".
  {
    re: /(?:tanggal|tgl\.|bulan|tahun|the year|the end of|end of|the beginning of|beginning of|the start of|start of|early|late|mid-|awal|akhir|pertengahan|medio|im jahr(?:e)?|im|am|anfang|ende|mitte|en el año|el año|el|en|a finales de|a principios de|a mediados de|finales de|principios de|mediados de|le|en l['’]an|l['’]année|fin|début|mi-|courant)\s*$/iu,
  },
];

/** A date right after one of these is a comparison, not an event ("up 84 places compared to 2020"). */
export const COMPARISON =
  /(?:(?:más|menos|mayor(?:es)?|menor(?:es)?|mejor(?:es)?|peor(?:es)?)\s+(?:\p{L}+\s+)?que|(?:plus|moins|mieux)\s+(?:\p{L}+\s+)?qu['’]e?|niveau(?:\s+von)?|level(?:\s+of)?|nivel(?:\s+de)?|compared\s+(?:to|with)|than|versus|vs\.?|against|dibanding(?:kan)?(?:\s+dengan)?|ketimbang|gegenüber|verglichen mit|im vergleich zu|frente a|comparado con|par rapport à)\s*(?:(?:in|on|pada|the|dem|im|el|en)\s+)?$/iu;

/** Between two dates: a range ("2016–2021", "from May to July") or a list ("in 2016 and 2017"). */
export const RANGE_JOINER =
  /^\s*(?:to|until|till|through|[–—-]|hingga|sampai(?:\s+dengan)?|s\.\s?d\.|s\/d|bis|a|al|hasta|à|au|jusqu['’]en)\s*$/iu;
export const LIST_JOINER = /^\s*(?:,|and|or|dan|atau|&|und|oder|y|e|o|et|ou)\s*$/iu;
