import type { FuzzyDate } from '../model/timeline';
import { basisOf, monthOf, rule, yearAround, yearOf, type Reading, type Rule, type RuleContext } from './date-rule-kit';
import { RELATIVE_RULES } from './date-rules-relative';
import { B, E, MONTH, MONTH_CUES, MONTH_FULL, QUARTER_CUES, RELATIVE_YEAR, WEEKDAY, YEAR, YEAR_CUES, quarterNumber } from './date-words';
import type { TextLanguage } from './date-languages';

export type { ReferenceDate, Reading, Rule, RuleContext } from './date-rule-kit';
export { referenceFromIso } from './date-rule-kit';

/**
 * Numeric dates by the document's language: day first everywhere but in English, where "03/05/2016"
 * could be either and is read only as its year (flagged ambiguous) unless one number cannot be a month.
 */
function numericDate(a: number, b: number, year: number, lang: TextLanguage): { date: FuzzyDate; ambiguous?: boolean } | null {
  if (lang !== 'en') return b <= 12 ? { date: { year, month: b, day: a } } : null;
  if (a > 12 && b <= 12) return { date: { year, month: b, day: a } };
  if (b > 12 && a <= 12) return { date: { year, month: a, day: b } };
  return a <= 12 && b <= 12 ? { date: { year }, ambiguous: a !== b } : null;
}

/** What joins the two days of "2–9 January": a dash, "to", "until", "and" (only after "between"). */
const DAY_JOINER = '[–—-]|to|until|till|through|and|hingga|sampai(?:\\s+dengan)?|s\\.\\s?d\\.|s/d|dan';

/** A range of days in one month; "2 and 9 January" is two days, not a range, unless "between" opens it. */
function dayRange(g: Record<string, string | undefined>, ctx: RuleContext, between: boolean): Reading | null {
  if (/^(?:and|dan)$/i.test(g.j ?? '') && !between) return null;
  const y = yearOf(g, ctx);
  const month = monthOf(g.m, false, ctx.language);
  const [from, to] = [Number(g.d0), Number(g.d)];
  if (!y || !month || !(from >= 1 && from < to)) return null;
  return { date: { year: y.year, month, day: from }, until: { year: y.year, month, day: to }, basis: basisOf(y.relative) };
}

const REL_YEAR_GROUP = `(?:(?<y>${YEAR})|(?<rel>${RELATIVE_YEAR})${E})`;
const WEEKDAY_PREFIX = `(?:(?:${WEEKDAY}),?\\s+)?`;
/** A day before its month: "9th", "1er", German "5." */
const DAY = `(?<d>[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?(?!\\p{N})`;
/** A day after its month ("March 23"): no dot, which would be the sentence's full stop. */
const DAY_AFTER = `(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\p{N})`;
/** Between a day and its month: "25th of February", "25 de febrero". */
const DAY_OF = `(?:\\s+(?:of|de))?`;
/** Between a month and its year: "February, 2016", "febrero de 2016", "Mei tahun 2022". */
const MONTH_YEAR_GAP = `\\.?,?[\\s-]+(?:(?:of|tahun|de|del)\\s+)?`;
/** "first", "2.", "ersten", "tercer", "4e": the ordinal of a quarter or a half. */
const ORDINAL_WORD = `(?:first|second|third|fourth|1st|2nd|3rd|4th|[1-4]\\.|[1-4](?:er|e)|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|primer|primero|segundo|tercer|tercero|cuarto|premier|deuxième|troisième|quatrième)(?![\\p{L}\\p{N}])`;
/** Between a quarter or half and its year: "of", "de", "/", ",", "the year", "des Jahres". */
const PERIOD_YEAR_GAP = `(?:\\s+(?:of|de|del|des|du)|\\s*[/-]|,)?\\s*(?:(?:the\\s+)?(?:year|tahun|jahres|año)\\s+)?`;
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
    `${B}(?<btw>(?:between|antara)\\s+)?(?<d0>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?<j>${DAY_JOINER})\\s*${DAY}${DAY_OF}[\\s-]+(?<m>${MONTH})${MONTH_YEAR_GAP}${REL_YEAR_GROUP}`,
    (g, ctx) => dayRange(g, ctx, g.btw !== undefined),
  ),
  // "January 2–9, 2025", "March 3 to 5, 2025".
  rule(
    'month-day-range-year',
    `${B}(?<btw>(?:between|antara)\\s+)?(?<m>${MONTH})\\.?\\s+(?<d0>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?<j>${DAY_JOINER})\\s*${DAY_AFTER},?\\s+${REL_YEAR_GROUP}`,
    (g, ctx) => dayRange(g, ctx, g.btw !== undefined),
  ),
  rule('day-month-year', `${B}${WEEKDAY_PREFIX}${DAY}${DAY_OF}[\\s-]+(?<m>${MONTH})${MONTH_YEAR_GAP}${REL_YEAR_GROUP}`, (g, ctx) => {
    const y = yearOf(g, ctx);
    const month = monthOf(g.m, false, ctx.language);
    return y && month ? { date: { year: y.year, month, day: Number(g.d) }, basis: basisOf(y.relative) } : null;
  }),
  rule('month-day-year', `${B}${WEEKDAY_PREFIX}(?<m>${MONTH})\\.?\\s+${DAY_AFTER},?\\s+${REL_YEAR_GROUP}`, (g, ctx) => {
    const y = yearOf(g, ctx);
    const month = monthOf(g.m, false, ctx.language);
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
      const read = numericDate(Number(g.a), Number(g.b), Number(g.y), ctx.language);
      return read ? { ...read, basis: 'absolute' } : null;
    },
  ),
  // Indonesian news: "Jakarta, Rabu (10/8)" or "Jumat (12/5/2023)".
  rule('weekday-numeric', `${B}(?:${WEEKDAY})\\s*\\(\\s*(?<a>[0-3]?\\d)/(?<b>[01]?\\d)(?:/(?<y>[12]\\d{3}))?\\s*\\)`, (g, ctx) => {
    const year = g.y ? Number(g.y) : ctx.reference?.year;
    if (year === undefined) return null;
    const read = numericDate(Number(g.a), Number(g.b), year, ctx.language);
    return read && !read.ambiguous && read.date.day ? { date: read.date, basis: basisOf(!g.y), yearFromReference: !g.y } : null;
  }),
  // "23 Mei", "30 Agustus lalu": the dateline's year, or the last/next one the word points to.
  rule(
    'day-month',
    `${B}(?:(?<rw0>próximo|pasado)\\s+)?${WEEKDAY_PREFIX}${DAY}${DAY_OF}\\s+(?<m>${MONTH})${E}\\.?(?:\\s+(?<rw>lalu|kemarin|mendatang|nanti|depan|ini|dernier|passé|prochain|pasado|próximo)${E})?`,
    (g, ctx) => {
      const month = monthOf(g.m, true, ctx.language);
      if (!month || !ctx.reference) return null;
      const day = Number(g.d);
      const word = g.rw ?? g.rw0;
      const year = yearAround(word, month, day, ctx.reference);
      return { date: { year, month, day }, basis: 'relative', yearFromReference: !word };
    },
  ),
  rule(
    'month-day',
    `${B}(?<m>${MONTH})\\.?\\s+${DAY_AFTER}(?![\\p{L}]|[.,]\\d|\\s*(?:%|percent|persen|million|billion|juta|miliar))`,
    (g, ctx) => {
      const month = monthOf(g.m, true, ctx.language);
      if (!month || !ctx.reference) return null;
      return { date: { year: ctx.reference.year, month, day: Number(g.d) }, basis: 'relative', yearFromReference: true };
    },
  ),
  rule('month-year', `${B}(?<m>${MONTH})\\.?,?\\s+(?:(?:of|de|del)\\s+)?(?:tahun\\s+)?${REL_YEAR_GROUP}`, (g, ctx) => {
    const y = yearOf(g, ctx);
    const month = monthOf(g.m, y?.relative ?? true, ctx.language);
    return y && month ? { date: { year: y.year, month }, basis: basisOf(y.relative) } : null;
  }),
  rule(
    'this-month-name',
    `${B}(?:(?<rw>this|next|last|coming)\\s+(?<m>${MONTH_FULL})|(?<m2>${MONTH_FULL})\\s+(?<rw2>mendatang|nanti|depan|lalu|kemarin|ini))${E}`,
    (g, ctx) => {
      const month = monthOf(g.m ?? g.m2, true, ctx.language);
      const ref = ctx.reference;
      if (!month || !ref) return null;
      // A whole month: "next July" in July is a year away, "last July" in July a year back.
      const word = g.rw ?? g.rw2;
      const edge = /^(?:next|coming|mendatang|nanti|depan)$/i.test(word ?? '') ? 0 : 32;
      return { date: { year: yearAround(word, month, edge, ref), month }, basis: 'relative' };
    },
  ),
  rule('cued-month', `(?<=${B}(?:${MONTH_CUES})\\s{0,3})(?<m>${MONTH_FULL})${E}(?!\\s*,?\\s*(?:\\p{N}|${RELATIVE_YEAR}))`, (g, ctx, m) => {
    const month = monthOf(g.m, true, ctx.language);
    const ref = ctx.reference;
    if (!month || !ref) return null;
    // "since May" looks back, "until January" ahead; "in July" stays in the dateline's year.
    const cue = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    let year = ref.year;
    if (/(?:since|sejak|seit|desde|depuis)\s*$/iu.test(cue) && month > ref.month) year--;
    if (/(?:until|till|by|hingga|sampai|jelang|menjelang|bis|hasta|jusqu['’]en)\s*$/iu.test(cue) && month < ref.month) year++;
    return { date: { year, month }, basis: 'relative', yearFromReference: year === ref.year };
  }),
  rule(
    'quarter',
    `${B}(?:(?:the\\s+|el\\s+|le\\s+)?(?<qo>${ORDINAL_WORD})[\\s-]*(?:quarter|quartal|trimestre)|q(?<qn>[1-4])|(?<qn2>[1-4])q|t(?<qt>[1-4])(?=\\s*[/-]?\\s*\\d)|(?:kuartal|triwulan)\\s*(?:ke-?\\s*)?(?<qi>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)${E})${PERIOD_YEAR_GAP}${REL_YEAR_GROUP}`,
    (g, ctx, m) => {
      if (FISCAL.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null; // fiscal quarters are not calendar quarters
      const y = yearOf(g, ctx);
      const quarter = quarterNumber(g.qo ?? g.qn ?? g.qn2 ?? g.qt ?? g.qi ?? '');
      return y && quarter ? { date: { year: y.year, quarter }, basis: basisOf(y.relative) } : null;
    },
  ),
  rule(
    'cued-quarter',
    `(?<=${B}(?:${QUARTER_CUES})\\s{1,3}(?:the\\s{1,3})?)(?:(?<qo>${ORDINAL_WORD})\\s*(?:quarter|quartal|trimestre)|q(?<qn>[1-4])|(?:kuartal|triwulan)\\s*(?:ke-?\\s*)?(?<qi>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat))${E}(?!${PERIOD_YEAR_GAP}(?:\\p{N}|${RELATIVE_YEAR}))`,
    (g, ctx, m) => {
      if (!ctx.reference || FISCAL.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const quarter = quarterNumber(g.qo ?? g.qn ?? g.qi ?? '');
      return quarter ? { date: { year: ctx.reference.year, quarter }, basis: 'relative', yearFromReference: true } : null;
    },
  ),
  // The model has no half-years: "H1 2022" is read as the year, which is true at that precision.
  rule(
    'half',
    `${B}(?:(?:the\\s+|el\\s+|le\\s+)?(?:${ORDINAL_WORD})[\\s-]*(?:half|halbjahr(?:es)?|semestre)|h[12]|[12]h|s[12](?=\\s*[/-]?\\s*\\d)|(?:semester|paruh)\\s+(?:ii|i|pertama|kedua|[12]))${E}${PERIOD_YEAR_GAP}${REL_YEAR_GROUP}`,
    (g, ctx) => {
      const y = yearOf(g, ctx);
      return y ? { date: { year: y.year }, basis: basisOf(y.relative) } : null;
    },
  ),
  // "2016–2022", "von 2016 bis 2022", "de 2016 a 2022", "de 2016 à 2022".
  rule(
    'year-range',
    `(?:${B}(?<pre>from|von|de|desde|du|dari|entre|between|zwischen|antara)\\s+)?(?<y>${YEAR})\\s*(?:[–—-]|\\s(?<j>to|bis|a|al|hasta|au|à|und|y|et|and|dan|hingga|sampai)\\s)\\s*(?<y2>${YEAR})`,
    (g) => {
      // "2016 and 2017" is two years; "between 2016 and 2017" a range.
      if (/^(?:und|y|et|and|dan)$/i.test(g.j ?? '') && !/^(?:entre|between|zwischen|antara)$/i.test(g.pre ?? '')) return null;
      const [a, b] = [Number(g.y), Number(g.y2)];
      return b > a && b - a <= 100 ? { date: { year: a }, until: { year: b }, basis: 'absolute' } : null;
    },
  ),
  // Seasons: the model has none, so "im Herbst 2024", "in spring 2024", "au printemps 2024" are read as the year.
  rule(
    'season-year',
    `${B}(?:spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|primavera|verano|otoño|invierno|printemps|été|automne|hiver)(?:\\s+(?:of|de|del|des))?\\s+(?<y>${YEAR})`,
    (g) => ({ date: { year: Number(g.y) }, basis: 'absolute' }),
  ),
  // German attributive participles: "das 1998 gegründete Unternehmen", "die 2016 geschlossene Partnerschaft".
  rule(
    'participle-year',
    `(?<=${B}(?:das|die|der|dem|den|des|ein|eine|einer|einem|einen)\\s{1,3})(?<y>${YEAR})(?=\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}{3,}(?:te|ten|tes|ter|tem)${E})`,
    (g, ctx) => (ctx.language === 'de' ? { date: { year: Number(g.y) }, basis: 'absolute' } : null),
  ),
  rule(
    'cued-year',
    `(?<=(?<![\\p{L}\\p{N}])(?:(?:${YEAR_CUES})\\s{1,3}(?:the\\s{1,3})?(?:(?:year|tahun)\\s{1,3})?|mid-\\s{0,3}))(?<y>${YEAR})`,
    (g) => ({
      date: { year: Number(g.y) },
      basis: 'absolute',
    }),
  ),
  ...RELATIVE_RULES,
];

/** Only for reading a date typed on its own ("2016"): any four-digit year. */
export const BARE_YEAR_RULE = rule('bare-year', `(?<y>${YEAR})`, (g) => ({ date: { year: Number(g.y) }, basis: 'absolute' }));
