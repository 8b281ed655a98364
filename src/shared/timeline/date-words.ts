/**
 * The English and Indonesian words dates are written with, as lookup tables and regular-expression
 * fragments for date-expressions.ts. Everything is matched case-insensitively; month names are then
 * checked for a capital where a lower-case word could be something else ("may", "mar").
 */

/** Full month names, both languages (Indonesian also in the older spellings "Pebruari", "Nopember"). */
export const FULL_MONTHS: Record<string, number> = {
  january: 1,
  januari: 1,
  february: 2,
  februari: 2,
  pebruari: 2,
  march: 3,
  maret: 3,
  april: 4,
  may: 5,
  mei: 5,
  june: 6,
  juni: 6,
  july: 7,
  juli: 7,
  august: 8,
  agustus: 8,
  september: 9,
  october: 10,
  oktober: 10,
  november: 11,
  nopember: 11,
  december: 12,
  desember: 12,
};

/** Abbreviations: only accepted with a day or a year beside them. */
export const SHORT_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  nop: 11,
  dec: 12,
  des: 12,
};

export const monthNumber = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return FULL_MONTHS[w] ?? SHORT_MONTHS[w];
};

const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Any month word; a trailing dot of an abbreviation is matched by the rules. */
export const MONTH = alternation([...Object.keys(FULL_MONTHS), ...Object.keys(SHORT_MONTHS)]);
export const MONTH_FULL = alternation(Object.keys(FULL_MONTHS));

export const WEEKDAY = alternation([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  "jum'at",
  'jumat',
  'sabtu',
  'minggu',
  'ahad',
]);

/** Word boundaries that know letters beyond ASCII (the regexes use the "u" flag). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A four-digit year, not part of a longer number, a decimal or a ticker ("1810.HK"). */
export const YEAR = `(?<![\\p{L}\\p{N}.,/])[12]\\d{3}(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\.\\p{Lu})`;

/** Years named relative to the dateline. */
export const RELATIVE_YEAR = 'this year|last year|next year|tahun ini|tahun lalu|tahun depan|tahun kemarin';

export function relativeYearOffset(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last year|tahun lalu|tahun kemarin)$/.test(w)) return -1;
  if (/^(?:next year|tahun depan)$/.test(w)) return 1;
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
};

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
].join('|');

/** Cues before a quarter without a year ("closes in Q3"), read in the dateline's year. */
export const QUARTER_CUES = ['in', 'by', 'until', 'during', 'for', 'pada', 'hingga', 'sampai', 'selama'].join('|');

type Qualifier = 'by' | 'before' | 'after' | 'circa';
export type Role = 'start' | 'end';

/** Words in front of a date that qualify it ("by May 2022") or say it starts or ends something ("since 2016"). */
export const LEADING_WORDS: { re: RegExp; qualifier?: Qualifier; role?: Role }[] = [
  { re: /(?:no later than|not later than|paling lambat|selambat-lambatnya|by)\s+$/iu, qualifier: 'by' },
  { re: /(?:before|prior to|sebelum)\s+$/iu, qualifier: 'before' },
  { re: /(?:after|setelah|sesudah|pasca)\s+$/iu, qualifier: 'after' },
  { re: /(?:around|about|approximately|roughly|circa|ca\.|c\.|sekitar|kira-kira)\s+$/iu, qualifier: 'circa' },
  { re: /(?:since|from|starting(?:\s+in|\s+from)?|beginning in|sejak|dari|mulai)\s+$/iu, role: 'start' },
  { re: /(?:until|till|through|up to|hingga|sampai(?:\s+dengan)?)\s+$/iu, role: 'end' },
  // Words that belong to the date but change nothing: "Tanggal 23 Mei", "bulan Juli", "the end of 2021".
  {
    re: /(?:tanggal|tgl\.|bulan|tahun|the year|the end of|end of|the beginning of|beginning of|the start of|start of|early|late|mid-|awal|akhir|pertengahan|medio)\s*$/iu,
  },
];

/** A date right after one of these is a comparison, not an event ("up 84 places compared to 2020"). */
export const COMPARISON =
  /(?:compared\s+(?:to|with)|than|versus|vs\.?|against|dibanding(?:kan)?(?:\s+dengan)?|ketimbang)\s+(?:(?:in|on|pada|the)\s+)?$/iu;

/** Between two dates: a range ("2016–2021", "from May to July") or a list ("in 2016 and 2017"). */
export const RANGE_JOINER = /^\s*(?:to|until|till|through|[–—-]|hingga|sampai(?:\s+dengan)?|s\.\s?d\.|s\/d)\s*$/iu;
export const LIST_JOINER = /^\s*(?:,|and|or|dan|atau|&)\s*$/iu;
