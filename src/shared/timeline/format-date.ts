import type { FuzzyDate, SpanEnd, TimelineEvent } from '../model/timeline';

export type DateLanguage = 'en' | 'id';

/** The date language for a BCP 47 tag: Indonesian for "id…", English otherwise. */
export function dateLanguageOf(tag: string | undefined): DateLanguage {
  return tag?.toLowerCase().split('-')[0] === 'id' ? 'id' : 'en';
}

export const MONTH_NAMES: Record<DateLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

const QUALIFIER: Record<DateLanguage, Record<NonNullable<FuzzyDate['qualifier']>, string>> = {
  en: { by: 'by', before: 'before', after: 'after', circa: 'c.' },
  id: { by: 'paling lambat', before: 'sebelum', after: 'setelah', circa: 'sekitar' },
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export function precisionOf(d: FuzzyDate): DatePrecision {
  if (d.day !== undefined) return 'day';
  if (d.month !== undefined) return 'month';
  if (d.quarter !== undefined) return 'quarter';
  return 'year';
}

/**
 * "23 May 2022", "July 2022", "Q4 2021" (Indonesian "Kuartal IV 2021", as the Indonesian business
 * press writes it), "2016", "by May 2022" — never more precise than the source.
 */
export function formatFuzzyDate(d: FuzzyDate, lang: DateLanguage = 'en'): string {
  let core: string;
  switch (precisionOf(d)) {
    case 'day':
      core = `${d.day} ${MONTH_NAMES[lang][d.month! - 1]} ${d.year}`;
      break;
    case 'month':
      core = `${MONTH_NAMES[lang][d.month! - 1]} ${d.year}`;
      break;
    case 'quarter':
      core = lang === 'id' ? `Kuartal ${ROMAN[d.quarter! - 1]} ${d.year}` : `Q${d.quarter} ${d.year}`;
      break;
    default:
      core = String(d.year);
  }
  return d.qualifier ? `${QUALIFIER[lang][d.qualifier]} ${core}` : core;
}

export function formatSpanEnd(end: SpanEnd | undefined, lang: DateLanguage = 'en'): string {
  if (end === undefined || end === 'present') return lang === 'id' ? 'sekarang' : 'present';
  if (end === 'unknown') return lang === 'id' ? 'berakhir (tanggal tidak diketahui)' : 'ended (date unknown)';
  return formatFuzzyDate(end, lang);
}

/** "2016 – by May 2022", "23 May 2022 – present", "Q4 2021": what a list row or a chart label shows. */
export function formatEventDates(event: Pick<TimelineEvent, 'kind' | 'start' | 'end'>, lang: DateLanguage = 'en'): string {
  const start = formatFuzzyDate(event.start, lang);
  return event.kind === 'span' ? `${start} – ${formatSpanEnd(event.end, lang)}` : start;
}

/** Date.UTC without its 1900 offset for years 0–99. */
export function utcTime(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  const d = new Date(Date.UTC(2000, monthIndex, day, hours, minutes, seconds));
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** The interval of days a fuzzy date covers, in UTC milliseconds: [first instant, last instant]. */
export function fuzzyDateInterval(d: FuzzyDate): { from: number; to: number } {
  const startMonth = d.month ?? (d.quarter !== undefined ? (d.quarter - 1) * 3 + 1 : 1);
  const endMonth = d.month ?? (d.quarter !== undefined ? d.quarter * 3 : 12);
  const from = utcTime(d.year, startMonth - 1, d.day ?? 1);
  const to = d.day !== undefined ? utcTime(d.year, startMonth - 1, d.day, 23, 59, 59) : utcTime(d.year, endMonth, 1) - 1;
  return { from, to };
}
