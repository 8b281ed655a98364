import type { FuzzyDate } from '../model/timeline';
import {
  B,
  E,
  MONTH,
  MONTH_CUES,
  MONTH_FULL,
  NUMBER_WORDS,
  ORDINAL,
  QUARTER_CUES,
  RELATIVE_YEAR,
  WEEKDAY,
  YEAR,
  YEAR_CUES,
  monthNumber,
  relativeYearOffset,
  type Role,
} from './date-words';
import type { DateLanguage } from './format-date';

/** The day a text was written (its dateline): what "this year", "July", "today" are counted from. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
}

export function referenceFromIso(iso: string): ReferenceDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** What one rule read from one match. */
export interface Reading {
  date: FuzzyDate;
  until?: FuzzyDate;
  role?: Role;
  /** written out in full, counted from the dateline, or implied by a completed action ("has ended"). */
  basis: 'absolute' | 'relative' | 'completion';
  /** The year came from the dateline, not the text ("in July"): a range's explicit year may replace it. */
  yearFromReference?: boolean;
}

export interface RuleContext {
  reference: ReferenceDate | null;
  language: DateLanguage;
  text: string;
}

export interface Rule {
  name: string;
  re: RegExp;
  read(groups: Record<string, string | undefined>, ctx: RuleContext, match: RegExpExecArray): Reading | null;
}

const rule = (name: string, source: string, read: Rule['read']): Rule => ({ name, re: new RegExp(source, 'giu'), read });

const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();
/** A month word that could be an ordinary word in lower case ("may", "mar") must be capitalised. */
const AMBIGUOUS_LOWER = new Set(['may', 'mar', 'march', 'jan', 'sat', 'sun', 'des', 'dec', 'nov', 'jun']);
const monthOf = (word: string | undefined, strict: boolean): number | null => {
  if (!word) return null;
  if ((strict || AMBIGUOUS_LOWER.has(word.toLowerCase())) && !isCapitalised(word)) return null;
  return monthNumber(word) ?? null;
};

/** The year a match names: digits, or "this/last/next year" counted from the reference. */
function yearOf(g: Record<string, string | undefined>, ctx: RuleContext): { year: number; relative: boolean } | null {
  if (g.y) return { year: Number(g.y), relative: false };
  if (g.rel && ctx.reference) return { year: ctx.reference.year + relativeYearOffset(g.rel), relative: true };
  return null;
}

const basisOf = (relative: boolean): Reading['basis'] => (relative ? 'relative' : 'absolute');

/** Numeric dates: Indonesian writes day/month; English only when one number cannot be a month. */
function numericDate(a: number, b: number, year: number, lang: DateLanguage): FuzzyDate | null {
  if (lang === 'id') return b <= 12 ? { year, month: b, day: a } : null;
  if (a > 12 && b <= 12) return { year, month: b, day: a };
  if (b > 12 && a <= 12) return { year, month: a, day: b };
  return null;
}

/**
 * The year of a month (and day) named with "next"/"mendatang" or "last"/"lalu": the next or the last
 * time it comes round from the dateline; with "this"/"ini" or nothing, the dateline's year.
 */
function yearAround(word: string | undefined, month: number, day: number, ref: ReferenceDate): number {
  const w = (word ?? '').toLowerCase();
  const after = month > ref.month || (month === ref.month && day > ref.day);
  const before = month < ref.month || (month === ref.month && day < ref.day);
  if (/^(?:next|coming|mendatang|nanti|depan)$/.test(w) && !after) return ref.year + 1;
  if (/^(?:last|lalu|kemarin)$/.test(w) && !before) return ref.year - 1;
  return ref.year;
}

const shiftMonth = (ref: ReferenceDate, delta: number): FuzzyDate => {
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

const shiftDay = (ref: ReferenceDate, delta: number): FuzzyDate => {
  const d = new Date(Date.UTC(2000, ref.month - 1, ref.day + delta));
  d.setUTCFullYear(ref.year, ref.month - 1, ref.day + delta);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** What joins the two days of "2–9 January": a dash, "to", "until", "and" (only after "between"). */
const DAY_JOINER = '[–—-]|to|until|till|through|and|hingga|sampai(?:\\s+dengan)?|s\\.\\s?d\\.|s/d|dan';

/** A range of days in one month; "2 and 9 January" is two days, not a range, unless "between" opens it. */
function dayRange(g: Record<string, string | undefined>, ctx: RuleContext, between: boolean): Reading | null {
  if (/^(?:and|dan)$/i.test(g.j ?? '') && !between) return null;
  const y = yearOf(g, ctx);
  const month = monthOf(g.m, false);
  const [from, to] = [Number(g.d0), Number(g.d)];
  if (!y || !month || !(from >= 1 && from < to)) return null;
  return { date: { year: y.year, month, day: from }, until: { year: y.year, month, day: to }, basis: basisOf(y.relative) };
}

const REL_YEAR_GROUP = `(?:(?<y>${YEAR})|(?<rel>${RELATIVE_YEAR})${E})`;
const WEEKDAY_PREFIX = `(?:(?:${WEEKDAY}),?\\s+)?`;
const DAY = `(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\p{N})`;
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const FISCAL = /(?:fiscal|financial|FY)\s*$/iu;

// Lookbehinds bound their whitespace ({1,3}): they run at every position of the text, and an
// unbounded one would rescan a long run of spaces each time.
/**
 * The rules, each a regular expression and how to read it. Where matches overlap the longest wins,
 * so "July this year" beats "this year" and "23 May 2022" beats "May 2022".
 */
export const RULES: Rule[] = [
  // "2–9 January 2025", "from 2 to 9 January 2025", "between 2 and 9 January 2025": both days share the month.
  rule(
    'day-range-month-year',
    `${B}(?<btw>(?:between|antara)\\s+)?(?<d0>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?<j>${DAY_JOINER})\\s*${DAY}(?:\\s+of)?[\\s-]+(?<m>${MONTH})\\.?,?[\\s-]+(?:(?:of|tahun)\\s+)?${REL_YEAR_GROUP}`,
    (g, ctx) => dayRange(g, ctx, g.btw !== undefined),
  ),
  // "January 2–9, 2025", "March 3 to 5, 2025".
  rule(
    'month-day-range-year',
    `${B}(?<btw>(?:between|antara)\\s+)?(?<m>${MONTH})\\.?\\s+(?<d0>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?<j>${DAY_JOINER})\\s*${DAY},?\\s+${REL_YEAR_GROUP}`,
    (g, ctx) => dayRange(g, ctx, g.btw !== undefined),
  ),
  rule(
    'day-month-year',
    `${B}${WEEKDAY_PREFIX}${DAY}(?:\\s+of)?[\\s-]+(?<m>${MONTH})\\.?,?[\\s-]+(?:(?:of|tahun)\\s+)?${REL_YEAR_GROUP}`,
    (g, ctx) => {
      const y = yearOf(g, ctx);
      const month = monthOf(g.m, false);
      return y && month ? { date: { year: y.year, month, day: Number(g.d) }, basis: basisOf(y.relative) } : null;
    },
  ),
  rule('month-day-year', `${B}${WEEKDAY_PREFIX}(?<m>${MONTH})\\.?\\s+${DAY},?\\s+${REL_YEAR_GROUP}`, (g, ctx) => {
    const y = yearOf(g, ctx);
    const month = monthOf(g.m, false);
    return y && month ? { date: { year: y.year, month, day: Number(g.d) }, basis: basisOf(y.relative) } : null;
  }),
  rule('iso', `(?<![\\p{L}\\p{N}/.-])(?<y>[12]\\d{3})-(?<mo>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\\d|3[01])(?=$|[^\\p{L}\\p{N}]|T\\d)`, (g) => ({
    date: { year: Number(g.y), month: Number(g.mo), day: Number(g.dd) },
    basis: 'absolute',
  })),
  rule(
    'numeric',
    `(?<![\\p{L}\\p{N}/.:-])(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[01]?\\d)\\k<sep>(?<y>[12]\\d{3})(?![\\p{L}\\p{N}]|[/.]\\d)`,
    (g, ctx) => {
      const date = numericDate(Number(g.a), Number(g.b), Number(g.y), ctx.language);
      return date ? { date, basis: 'absolute' } : null;
    },
  ),
  // Indonesian news: "Jakarta, Rabu (10/8)" or "Jumat (12/5/2023)".
  rule('weekday-numeric', `${B}(?:${WEEKDAY})\\s*\\(\\s*(?<a>[0-3]?\\d)/(?<b>[01]?\\d)(?:/(?<y>[12]\\d{3}))?\\s*\\)`, (g, ctx) => {
    const year = g.y ? Number(g.y) : ctx.reference?.year;
    if (year === undefined) return null;
    const date = numericDate(Number(g.a), Number(g.b), year, ctx.language);
    return date ? { date, basis: basisOf(!g.y), yearFromReference: !g.y } : null;
  }),
  // "23 Mei", "30 Agustus lalu": the dateline's year, or the last/next one the word points to.
  rule(
    'day-month',
    `${B}${WEEKDAY_PREFIX}${DAY}(?:\\s+of)?\\s+(?<m>${MONTH})${E}\\.?(?:\\s+(?<rw>lalu|kemarin|mendatang|nanti|depan|ini)${E})?`,
    (g, ctx) => {
      const month = monthOf(g.m, true);
      if (!month || !ctx.reference) return null;
      const day = Number(g.d);
      const year = yearAround(g.rw, month, day, ctx.reference);
      return { date: { year, month, day }, basis: 'relative', yearFromReference: !g.rw };
    },
  ),
  rule(
    'month-day',
    `${B}(?<m>${MONTH})\\.?\\s+${DAY}(?![\\p{L}]|[.,]\\d|\\s*(?:%|percent|persen|million|billion|juta|miliar))`,
    (g, ctx) => {
      const month = monthOf(g.m, true);
      if (!month || !ctx.reference) return null;
      return { date: { year: ctx.reference.year, month, day: Number(g.d) }, basis: 'relative', yearFromReference: true };
    },
  ),
  rule('month-year', `${B}(?<m>${MONTH})\\.?,?\\s+(?:of\\s+)?(?:tahun\\s+)?${REL_YEAR_GROUP}`, (g, ctx) => {
    const y = yearOf(g, ctx);
    const month = monthOf(g.m, y?.relative ?? true);
    return y && month ? { date: { year: y.year, month }, basis: basisOf(y.relative) } : null;
  }),
  rule(
    'this-month-name',
    `${B}(?:(?<rw>this|next|last|coming)\\s+(?<m>${MONTH_FULL})|(?<m2>${MONTH_FULL})\\s+(?<rw2>mendatang|nanti|depan|lalu|kemarin|ini))${E}`,
    (g, ctx) => {
      const month = monthOf(g.m ?? g.m2, true);
      const ref = ctx.reference;
      if (!month || !ref) return null;
      // A whole month: "next July" in July is a year away, "last July" in July a year back.
      const word = g.rw ?? g.rw2;
      const edge = /^(?:next|coming|mendatang|nanti|depan)$/i.test(word ?? '') ? 0 : 32;
      return { date: { year: yearAround(word, month, edge, ref), month }, basis: 'relative' };
    },
  ),
  rule('cued-month', `(?<=${B}(?:${MONTH_CUES})\\s{0,3})(?<m>${MONTH_FULL})${E}(?!\\s*,?\\s*(?:\\p{N}|${RELATIVE_YEAR}))`, (g, ctx, m) => {
    const month = monthOf(g.m, true);
    const ref = ctx.reference;
    if (!month || !ref) return null;
    // "since May" looks back, "until January" ahead; "in July" stays in the dateline's year.
    const cue = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    let year = ref.year;
    if (/(?:since|sejak)\s*$/iu.test(cue) && month > ref.month) year--;
    if (/(?:until|till|by|hingga|sampai|jelang|menjelang)\s*$/iu.test(cue) && month < ref.month) year++;
    return { date: { year, month }, basis: 'relative', yearFromReference: year === ref.year };
  }),
  rule(
    'quarter',
    `${B}(?:(?:the\\s+)?(?<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter|q(?<qn>[1-4])|(?<qn2>[1-4])q|(?:kuartal|triwulan)\\s*(?:ke-?\\s*)?(?<qi>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)${E})(?:\\s+of|\\s*[/-]|,)?\\s*(?:(?:the\\s+)?(?:year|tahun)\\s+)?${REL_YEAR_GROUP}`,
    (g, ctx, m) => {
      if (FISCAL.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null; // fiscal quarters are not calendar quarters
      const y = yearOf(g, ctx);
      const quarter = ORDINAL[(g.qo ?? g.qn ?? g.qn2 ?? g.qi ?? '').toLowerCase()];
      return y && quarter ? { date: { year: y.year, quarter }, basis: basisOf(y.relative) } : null;
    },
  ),
  rule(
    'cued-quarter',
    `(?<=${B}(?:${QUARTER_CUES})\\s{1,3}(?:the\\s{1,3})?)(?:(?<qo>first|second|third|fourth)\\s+quarter|q(?<qn>[1-4])|(?:kuartal|triwulan)\\s*(?:ke-?\\s*)?(?<qi>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat))${E}(?!\\s*(?:of\\s+|[/-]\\s*|,\\s*)?(?:(?:the\\s+)?(?:fiscal\\s+)?(?:year|tahun)\\s+)?(?:\\p{N}|${RELATIVE_YEAR}))`,
    (g, ctx, m) => {
      if (!ctx.reference || FISCAL.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const quarter = ORDINAL[(g.qo ?? g.qn ?? g.qi ?? '').toLowerCase()];
      return quarter ? { date: { year: ctx.reference.year, quarter }, basis: 'relative', yearFromReference: true } : null;
    },
  ),
  // The model has no half-years: "H1 2022" is read as the year, which is true at that precision.
  rule(
    'half',
    `${B}(?:(?:the\\s+)?(?:first|second|1st|2nd)\\s+half|h[12]|[12]h|(?:semester|paruh)\\s+(?:ii|i|pertama|kedua|[12]))${E}(?:\\s+of|\\s*[/-]|,)?\\s*(?:(?:the\\s+)?(?:year|tahun)\\s+)?${REL_YEAR_GROUP}`,
    (g, ctx) => {
      const y = yearOf(g, ctx);
      return y ? { date: { year: y.year }, basis: basisOf(y.relative) } : null;
    },
  ),
  rule('year-range', `(?<y>${YEAR})\\s*[–—-]\\s*(?<y2>${YEAR})`, (g) => {
    const [a, b] = [Number(g.y), Number(g.y2)];
    return b > a && b - a <= 100 ? { date: { year: a }, until: { year: b }, basis: 'absolute' } : null;
  }),
  rule(
    'cued-year',
    `(?<=(?<![\\p{L}\\p{N}])(?:(?:${YEAR_CUES})\\s{1,3}(?:the\\s{1,3})?(?:(?:year|tahun)\\s{1,3})?|mid-\\s{0,3}))(?<y>${YEAR})`,
    (g) => ({
      date: { year: Number(g.y) },
      basis: 'absolute',
    }),
  ),
  rule('relative-year', `${B}(?:(?:earlier|later)\\s+)?(?<rel>${RELATIVE_YEAR})${E}`, (g, ctx) =>
    ctx.reference ? { date: { year: ctx.reference.year + relativeYearOffset(g.rel!) }, basis: 'relative' } : null,
  ),
  rule('relative-month', `${B}(?<rm>this month|last month|next month|bulan ini|bulan lalu|bulan depan|bulan kemarin)${E}`, (g, ctx) => {
    if (!ctx.reference) return null;
    const w = g.rm!.toLowerCase();
    const delta = /last|lalu|kemarin/.test(w) ? -1 : /next|depan/.test(w) ? 1 : 0;
    return { date: shiftMonth(ctx.reference, delta), basis: 'relative' };
  }),
  rule('relative-day', `${B}(?<rd>today|yesterday|tomorrow|hari ini|kemarin|besok)${E}(?!['’]s)`, (g, ctx) => {
    if (!ctx.reference) return null;
    const w = g.rd!.toLowerCase();
    const delta = w === 'yesterday' || w === 'kemarin' ? -1 : w === 'tomorrow' || w === 'besok' ? 1 : 0;
    return { date: shiftDay(ctx.reference, delta), basis: 'relative' };
  }),
  // "12 years ago", "5 tahun lalu": counted from the dateline, and only approximately.
  rule(
    'ago',
    `${B}(?:(?<n>\\d{1,3}|${NUMBER_WORD})\\s+(?<unit>years?|months?|tahun|bulan)\\s+(?:yang\\s+)?(?:ago|lalu|silam)|(?<one>setahun|sebulan)\\s+(?:yang\\s+)?(?:lalu|silam))${E}`,
    (g, ctx) => {
      if (!ctx.reference) return null;
      const n = g.one ? 1 : /^\d+$/.test(g.n!) ? Number(g.n) : NUMBER_WORDS[g.n!.toLowerCase()];
      if (!n) return null;
      const months = /^(?:month|bulan|sebulan)/i.test(g.unit ?? g.one!);
      const date = months ? shiftMonth(ctx.reference, -n) : { year: ctx.reference.year - n };
      return { date: { ...date, qualifier: 'circa' }, basis: 'relative' };
    },
  ),
  // "has ended", "telah selesai": no date is given, only that it is over when the text was written.
  // We give the dateline's month with "by", an upper bound, without a day the sentence never states.
  rule(
    'completion',
    `${B}(?:(?:has|have|had)\\s+(?:(?:now|already|officially)\\s+)*(?:ended|concluded|come\\s+to\\s+an\\s+end|been\\s+(?:completed|terminated|concluded|discontinued))|(?:telah|sudah)\\s+(?:resmi\\s+)?(?:selesai|berakhir|usai|rampung|dihentikan)|resmi\\s+berakhir)${E}`,
    (_g, ctx) =>
      ctx.reference
        ? { date: { year: ctx.reference.year, month: ctx.reference.month, qualifier: 'by' }, role: 'end', basis: 'completion' }
        : null,
  ),
];

/** Only for reading a date typed on its own ("2016"): any four-digit year. */
export const BARE_YEAR_RULE = rule('bare-year', `(?<y>${YEAR})`, (g) => ({ date: { year: Number(g.y) }, basis: 'absolute' }));
