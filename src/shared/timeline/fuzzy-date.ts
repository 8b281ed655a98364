import type { FuzzyDate, SpanEnd } from '../model/timeline';
import { fuzzyDateInterval, precisionOf, utcTime } from './format-date';

/** Same date at the same precision with the same qualifier (a year is not equal to a day inside it). */
export function fuzzyDatesEqual(a: FuzzyDate, b: FuzzyDate): boolean {
  return a.year === b.year && a.quarter === b.quarter && a.month === b.month && a.day === b.day && a.qualifier === b.qualifier;
}

export function spanEndsEqual(a: SpanEnd | undefined, b: SpanEnd | undefined): boolean {
  if (typeof a === 'object' && typeof b === 'object') return fuzzyDatesEqual(a, b);
  return (a ?? 'present') === (b ?? 'present');
}

/** Chronological order: earlier first instant first, then the narrower date (a day before its month). */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const ia = fuzzyDateInterval(a);
  const ib = fuzzyDateInterval(b);
  return ia.from - ib.from || ia.to - ib.to;
}

/** A copy without undefined keys, so JSON and deep equality see only what the source states. */
export function cleanFuzzyDate(d: FuzzyDate): FuzzyDate {
  const out: FuzzyDate = { year: d.year };
  if (d.quarter !== undefined) out.quarter = d.quarter;
  if (d.month !== undefined) out.month = d.month;
  if (d.day !== undefined) out.day = d.day;
  if (d.qualifier !== undefined) out.qualifier = d.qualifier;
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Compact, sortable machine form used in CSV and on the command line: "2016", "2021-Q4", "2022-07",
 * "2022-05-23", with a qualifier in front ("by 2022-05", "circa 2010").
 */
export function fuzzyDateKey(d: FuzzyDate): string {
  const year = String(d.year).padStart(4, '0');
  let core: string;
  switch (precisionOf(d)) {
    case 'day':
      core = `${year}-${pad(d.month!)}-${pad(d.day!)}`;
      break;
    case 'month':
      core = `${year}-${pad(d.month!)}`;
      break;
    case 'quarter':
      core = `${year}-Q${d.quarter}`;
      break;
    default:
      core = year;
  }
  return d.qualifier ? `${d.qualifier} ${core}` : core;
}

export function spanEndKey(end: SpanEnd | undefined): string {
  if (end === undefined) return 'present';
  return typeof end === 'string' ? end : fuzzyDateKey(end);
}

const KEY = /^(?:(by|before|after|circa) )?(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads fuzzyDateKey's form back; null when the text is not in that form or names no real date. */
export function parseFuzzyDateKey(text: string): FuzzyDate | null {
  const m = KEY.exec(text.trim());
  if (!m) return null;
  const d: FuzzyDate = { year: Number(m[2]) };
  if (m[3]) d.quarter = Number(m[3]);
  if (m[4]) d.month = Number(m[4]);
  if (m[5]) d.day = Number(m[5]);
  if (m[1]) d.qualifier = m[1] as FuzzyDate['qualifier'];
  return isRealDate(d) ? d : null;
}

/** Year 1–9999, month 1–12, and a day that exists in its month (no 31 June, no 29 February 2023). */
export function isRealDate(d: FuzzyDate): boolean {
  if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) return false;
  if (d.quarter !== undefined && (d.quarter < 1 || d.quarter > 4 || d.month !== undefined)) return false;
  if (d.month !== undefined && (!Number.isInteger(d.month) || d.month < 1 || d.month > 12)) return false;
  if (d.day === undefined) return true;
  if (d.month === undefined || !Number.isInteger(d.day) || d.day < 1) return false;
  return new Date(utcTime(d.year, d.month - 1, d.day)).getUTCDate() === d.day;
}
