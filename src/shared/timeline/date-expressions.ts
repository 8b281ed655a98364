import type { FuzzyDate } from '../model/timeline';
import { BARE_YEAR_RULE, RULES, type ReferenceDate, type Reading, type Rule, type RuleContext } from './date-rules';
import { COMPARISON, LEADING_WORDS, LIST_JOINER, RANGE_JOINER, YEAR, type Role } from './date-words';
import type { TextLanguage } from './date-languages';
import { cleanFuzzyDate, compareFuzzyDates, isRealDate } from './fuzzy-date';

export type { ReferenceDate } from './date-rules';
export { referenceFromIso } from './date-rules';

/** A date found in a text, at the precision the text gives it. Offsets are [start, end) in that text. */
export interface DateExpression {
  start: number;
  end: number;
  /** The words that state the date, verbatim: "dari tahun 2016", "July this year", "Tanggal 23 Mei 2022 ini". */
  text: string;
  date: FuzzyDate;
  /** A range's end: "2016–2021", "from May to July 2022". */
  until?: FuzzyDate;
  /** "since 2016" starts something; "until 2021" or "has ended" ends it. */
  role?: Role;
  basis: Reading['basis'];
  /** "03/05/2016" in English: only the year is certain. */
  ambiguous?: boolean;
}

export interface FindDateOptions {
  /** The dateline: without it, relative dates ("this year", "in July") are not read at all. */
  reference?: ReferenceDate | null;
  /** Decides "5/3/2022": Indonesian is day/month; English only where it is unambiguous. */
  language?: TextLanguage;
  /** Accept a four-digit number with no cue as a year (for a date typed on its own, not for prose). */
  bareYears?: boolean;
}

interface Found extends Reading {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function runRules(text: string, rules: Rule[], ctx: RuleContext): Found[] {
  const found: Found[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const reading = r.read(m.groups ?? {}, ctx, m);
      if (reading) found.push({ ...reading, start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest first, then leftmost: keep each match that does not overlap one already kept. Matches are
  // short, so marking the characters they take keeps this linear in the text (8,000 dates in a sentence).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Found[] = [];
  for (const f of found) {
    if (taken.subarray(f.start, f.end).includes(1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Grows a match leftwards over the words that belong to it ("paling lambat", "dari tahun", "bulan"). */
function absorbLeadingWords(text: string, f: Found): void {
  if (f.basis === 'completion') return;
  for (let guard = 0; guard < 4; guard++) {
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    let grown = false;
    for (const word of LEADING_WORDS) {
      const m = word.re.exec(before);
      if (!m) continue;
      const at = f.start - (before.length - m.index);
      if (at > 0 && WORD_CHAR.test(text.charAt(at - 1))) continue;
      f.start = at;
      if (word.qualifier && !f.date.qualifier) f.date = { ...f.date, qualifier: word.qualifier };
      if (word.role && !f.role) f.role = word.role;
      grown = true;
      break;
    }
    if (!grown) return;
  }
}

const TRAILING_INI = /^\s+ini(?![\p{L}\p{N}])/u;
const CONTINUED_YEAR = new RegExp(
  `^\\s*(?:,|and|or|dan|atau|&|to|until|till|through|[–—-]|hingga|sampai(?:\\s+dengan)?|s\\.\\s?d\\.|s/d)\\s*(?:(?:tahun|year)\\s+)?(${YEAR})`,
  'iu',
);
const BETWEEN = /(?:between|antara)\s+$/iu;

/** "in 2016 and 2017", "from 2016 to 2021": a year right after a date is a date too, whatever its cue. */
function addContinuedYears(text: string, list: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of list) {
    out.push(f);
    let last = f;
    for (;;) {
      const m = CONTINUED_YEAR.exec(text.slice(last.end, last.end + 40));
      if (!m) break;
      const end = last.end + m[0].length;
      const start = end - m[1]!.length;
      if (list.some((g) => g.start < end && start < g.end)) break;
      const next: Found = { date: { year: Number(m[1]) }, basis: 'absolute', start, end };
      out.push(next);
      last = next;
    }
  }
  return out;
}

/** Joins "2016 to 2021", "between May and July 2022", "dari 2016 hingga 2021" into one range. */
function joinRanges(text: string, list: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (!b || a.until || b.until || a.basis === 'completion' || b.basis === 'completion') {
      out.push(a);
      continue;
    }
    const joiner = text.slice(a.end, b.start);
    const between = BETWEEN.exec(text.slice(Math.max(0, a.start - 12), a.start));
    // "dari tahun 2015 hingga 2020": the second date already took "hingga" as its own leading word.
    const endsHere = b.role === 'end' && /^\s*$/.test(joiner);
    const isRange = endsHere || RANGE_JOINER.test(joiner) || (between !== null && LIST_JOINER.test(joiner) && /and|dan|&/i.test(joiner));
    let start = a.date;
    // "from May to July 2022": May takes July's year, not the dateline's.
    if (a.yearFromReference && !b.yearFromReference && start.month !== undefined && (b.date.month ?? 12) >= start.month)
      start = { ...start, year: b.date.year };
    if (!isRange || compareFuzzyDates(start, b.date) > 0) {
      out.push(a);
      continue;
    }
    const from = between ? a.start - between[0].length : a.start;
    out.push({
      date: start,
      until: b.date,
      basis: a.basis === 'absolute' && b.basis === 'absolute' ? 'absolute' : 'relative',
      start: from,
      end: b.end,
    });
    i++;
  }
  return out;
}

const OTHER_CALENDAR_AFTER = /^\s*(?:H|AH|A\.H\.|SH|S\.H\.|HS|BE|B\.E\.|Hijri(?:ah|yah)?|Hijr\.?|n\.?\s?Chr\.?)(?![\p{L}\p{N}])/u;
const OTHER_CALENDAR_BEFORE = /(?:พ\.\s?ศ\.|\bBE|B\.E\.|Reiwa|Heisei|Sh[oō]wa|令和|平成|昭和|Hijri(?:ah|yah)?|Solar\s+Hijri)\s*$/u;

/**
 * A year of another calendar: marked ("1443 H", "BE 2565", "Reiwa 4"), or a conversion written beside
 * a Gregorian date ("11 April 1401" next to "31 March 2022": a Solar Hijri year is centuries away).
 */
function isOtherCalendar(text: string, f: Found, all: readonly Found[], typed: boolean): boolean {
  if (OTHER_CALENDAR_AFTER.test(text.slice(f.end, f.end + 12))) return true;
  if (OTHER_CALENDAR_BEFORE.test(text.slice(Math.max(0, f.start - 14), f.start))) return true;
  if (typed || f.date.year >= 1700) return !typed && f.date.year > 2200;
  return all.some((g) => g !== f && g.date.year >= 1900 && Math.abs(g.start - f.start) < 120);
}

/**
 * Every date expression in `text`, English or Indonesian, read at the precision it is written with:
 * "2016" is a year, "Q4 2021" a quarter, "July this year" a month of the dateline's year, "23 Mei 2022"
 * a day. Relative ones are resolved against `reference`, never guessed without it.
 */
export function findDateExpressions(text: string, options: FindDateOptions = {}): DateExpression[] {
  const ctx: RuleContext = { reference: options.reference ?? null, language: options.language ?? 'en', text };
  const rules = options.bareYears ? [...RULES, BARE_YEAR_RULE] : RULES;
  const found = runRules(text, rules, ctx);
  const kept: Found[] = [];
  for (const f of found) {
    absorbLeadingWords(text, f);
    if (COMPARISON.test(text.slice(Math.max(0, f.start - 30), f.start))) continue;
    const ini = f.basis === 'completion' ? null : TRAILING_INI.exec(text.slice(f.end, f.end + 12));
    if (ini) f.end += ini[0].length;
    kept.push(f);
  }
  return joinRanges(text, addContinuedYears(text, kept))
    .filter((f) => isRealDate(f.date) && (!f.until || isRealDate(f.until)) && !isOtherCalendar(text, f, kept, options.bareYears === true))
    .map((f) => {
      const e: DateExpression = {
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        date: cleanFuzzyDate(f.date),
        basis: f.basis,
      };
      if (f.until) e.until = cleanFuzzyDate(f.until);
      if (f.ambiguous) e.ambiguous = true;
      if (f.role && !f.until) e.role = f.role;
      return e;
    });
}

/**
 * A date typed on its own — "Q4 2021", "by May 2022", "Kuartal IV 2021", "23 Mei 2022", "2016" — or
 * null when the text is not exactly one date.
 */
export function parseFuzzyDate(input: string, options: Omit<FindDateOptions, 'bareYears'> = {}): FuzzyDate | null {
  const text = input.trim().replace(/[.,;]+$/, '');
  const found = findDateExpressions(text, { ...options, bareYears: true });
  const only = found.length === 1 ? found[0]! : null;
  return only && only.start === 0 && only.end === text.length && !only.until ? only.date : null;
}
