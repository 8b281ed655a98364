import type { FuzzyDate } from '../model/timeline';
import { isLowerCaseMonthWord, monthNumber, relativeYearOffset, type Role } from './date-words';
import type { TextLanguage } from './date-languages';

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
  /** "03/05/2016" in English: day and month could be either way round, so only the year is given. */
  ambiguous?: boolean;
}

export interface RuleContext {
  reference: ReferenceDate | null;
  language: TextLanguage;
  text: string;
}

export interface Rule {
  name: string;
  re: RegExp;
  read(groups: Record<string, string | undefined>, ctx: RuleContext, match: RegExpExecArray): Reading | null;
}

export const rule = (name: string, source: string, read: Rule['read']): Rule => ({ name, re: new RegExp(source, 'giu'), read });

const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();
/** A month word that could be an ordinary word in lower case ("may", "mar") must be capitalised. */
const AMBIGUOUS_LOWER = new Set(['may', 'mar', 'march', 'jan', 'sat', 'sun', 'des', 'dec', 'nov', 'jun']);
/** The month a word names in the document's language; `strict` (no day or year beside it) asks a capital where the language writes one. */
export const monthOf = (word: string | undefined, strict: boolean, lang: TextLanguage): number | null => {
  if (!word) return null;
  const lowerOk = isLowerCaseMonthWord(word, lang) && !AMBIGUOUS_LOWER.has(word.toLowerCase());
  if (!lowerOk && (strict || AMBIGUOUS_LOWER.has(word.toLowerCase())) && !isCapitalised(word)) return null;
  return monthNumber(word, lang) ?? null;
};

/** The year a match names: digits, or "this/last/next year" counted from the reference. */
export function yearOf(g: Record<string, string | undefined>, ctx: RuleContext): { year: number; relative: boolean } | null {
  if (g.y) return { year: Number(g.y), relative: false };
  if (g.rel && ctx.reference) return { year: ctx.reference.year + relativeYearOffset(g.rel), relative: true };
  return null;
}

export const basisOf = (relative: boolean): Reading['basis'] => (relative ? 'relative' : 'absolute');

/**
 * The year of a month (and day) named with "next"/"mendatang" or "last"/"lalu": the next or the last
 * time it comes round from the dateline; with "this"/"ini" or nothing, the dateline's year.
 */
export function yearAround(word: string | undefined, month: number, day: number, ref: ReferenceDate): number {
  const w = (word ?? '').toLowerCase();
  const after = month > ref.month || (month === ref.month && day > ref.day);
  const before = month < ref.month || (month === ref.month && day < ref.day);
  if (/^(?:next|coming|mendatang|nanti|depan|nächsten|kommenden|próximo|prochain)$/.test(w) && !after) return ref.year + 1;
  if (/^(?:last|lalu|kemarin|letzten|vergangenen|pasado|dernier|passé)$/.test(w) && !before) return ref.year - 1;
  return ref.year;
}

export const shiftMonth = (ref: ReferenceDate, delta: number): FuzzyDate => {
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

export const shiftDay = (ref: ReferenceDate, delta: number): FuzzyDate => {
  const d = new Date(Date.UTC(2000, ref.month - 1, ref.day + delta));
  d.setUTCFullYear(ref.year, ref.month - 1, ref.day + delta);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
