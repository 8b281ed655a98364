import type { Problem } from '../../shared/errors';
import type { FuzzyDate } from '../../shared/model/timeline';
import { formatFuzzyDate, precisionOf, type DateLanguage } from '../../shared/timeline/format-date';
import { isRealDate } from '../../shared/timeline/fuzzy-date';
import { slugify } from '../../shared/text/slug';

/**
 * The TimelineJS3 JSON format (Knight Lab, https://timeline.knightlab.com/docs/json-format.html):
 * `{ title?, events: [slide], eras?, scale? }`, a slide being `{ start_date, end_date?, text: {headline,
 * text}, media?, group?, display_date?, unique_id?, background?, autolink? }` and a date `{ year, month?,
 * day?, hour?, minute?, second?, millisecond?, display_date? }` with numbers or numeric strings.
 * We add one key of our own, "presskit", for what TimelineJS cannot say ("present", quarters,
 * qualifiers, sources, both languages); TimelineJS ignores it.
 */
export type Json = Record<string, unknown>;
export const PRESSKIT_KEY = 'presskit';
export const PRESSKIT_FORMAT = 'presskit-timeline';

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A date part as TimelineJS accepts it: a number, a numeric string, or empty (absent). */
function part(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return null;
}

/** A TimelineJS date as a fuzzy date at the precision it gives (time of day is kept with the slide, not here). */
export function readTimelineJsDate(raw: unknown, file: string, pointer: string, problems: Problem[]): FuzzyDate | null {
  const fail = (message: string) => {
    problems.push({ file, pointer, message });
    return null;
  };
  if (!isObject(raw)) return fail('must be an object such as {"year": "2016"}');
  const [year, month, day] = [part(raw.year), part(raw.month), part(raw.day)];
  if (year === undefined) return fail('has no year');
  if (year === null || month === null || day === null) return fail('year, month and day must be whole numbers');
  if (year < 1 || year > 9999) return fail(`year ${year} is outside 1–9999, which this timeline can show`);
  if (day !== undefined && month === undefined) return fail('gives a day but no month');
  const date: FuzzyDate = { year };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return isRealDate(date) ? date : fail(`${JSON.stringify(raw)} is not a real date`);
}

/** A fuzzy date in TimelineJS terms; quarters and qualifiers, which TimelineJS lacks, go into display_date. */
export function writeTimelineJsDate(d: FuzzyDate, lang: DateLanguage): Json {
  const out: Json = { year: String(d.year) };
  const month = d.month ?? (d.quarter !== undefined ? (d.quarter - 1) * 3 + 1 : undefined);
  if (month !== undefined) out.month = String(month);
  if (d.day !== undefined) out.day = String(d.day);
  if (d.quarter !== undefined || d.qualifier !== undefined) out.display_date = formatFuzzyDate(d, lang);
  return out;
}

/** Whether TimelineJS can show this date by itself, without a display_date. */
export const isNativeDate = (d: FuzzyDate) => d.qualifier === undefined && precisionOf(d) !== 'quarter';

/** Does the slide's original date still say exactly `d`? Then it is exported unchanged (time of day, strings and all). */
export function originalDateStillSays(raw: unknown, d: FuzzyDate): boolean {
  if (!isNativeDate(d)) return false;
  const read = readTimelineJsDate(raw, '', '', []);
  return read !== null && read.year === d.year && read.month === d.month && read.day === d.day;
}

const slugBase = (s: string) => slugify(s);

/** A slug not yet in `taken` (which it is added to): "whitney-houston", "whitney-houston-2", … */
export function uniqueSlug(text: string, taken: Set<string>, fallback: string): string {
  const base = slugBase(text) || fallback;
  let id = base;
  if (taken.has(id)) {
    // Counting on from the last number given for this base: 20,000 events with one headline take linear time, not quadratic.
    let counters = nextNumbers.get(taken);
    if (!counters) nextNumbers.set(taken, (counters = new Map()));
    let n = counters.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    counters.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

/** Per set of ids in use: the next number to try after each base. */
const nextNumbers = new WeakMap<Set<string>, Map<string, number>>();
