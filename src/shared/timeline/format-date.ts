import type { FuzzyDate, SpanEnd } from '../model/timeline';

export type DateLanguage = 'en' | 'id';

const MONTHS: Record<DateLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

const QUALIFIER: Record<DateLanguage, Record<NonNullable<FuzzyDate['qualifier']>, string>> = {
  en: { by: 'by', before: 'before', after: 'after', circa: 'c.' },
  id: { by: 'paling lambat', before: 'sebelum', after: 'setelah', circa: 'sekitar' },
};

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export function precisionOf(d: FuzzyDate): DatePrecision {
  if (d.day !== undefined) return 'day';
  if (d.month !== undefined) return 'month';
  if (d.quarter !== undefined) return 'quarter';
  return 'year';
}

/** "23 May 2022", "July 2022", "Q4 2021", "2016", "by May 2022" — never more precise than the source. */
export function formatFuzzyDate(d: FuzzyDate, lang: DateLanguage = 'en'): string {
  let core: string;
  switch (precisionOf(d)) {
    case 'day':
      core = `${d.day} ${MONTHS[lang][d.month! - 1]} ${d.year}`;
      break;
    case 'month':
      core = `${MONTHS[lang][d.month! - 1]} ${d.year}`;
      break;
    case 'quarter':
      core = `Q${d.quarter} ${d.year}`;
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

/** The interval of days a fuzzy date covers, in UTC milliseconds: [first instant, last instant]. */
export function fuzzyDateInterval(d: FuzzyDate): { from: number; to: number } {
  const startMonth = d.month ?? (d.quarter !== undefined ? (d.quarter - 1) * 3 + 1 : 1);
  const endMonth = d.month ?? (d.quarter !== undefined ? d.quarter * 3 : 12);
  const from = Date.UTC(d.year, startMonth - 1, d.day ?? 1);
  const to = d.day !== undefined ? Date.UTC(d.year, startMonth - 1, d.day, 23, 59, 59) : Date.UTC(d.year, endMonth, 1) - 1;
  return { from, to };
}
