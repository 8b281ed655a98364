/**
 * Bounded pieces of a sentence around one of its dates. A suggestion carries at most MAX_EXCERPT
 * characters of its source and its label looks at most LABEL_REACH either side of the date, so one
 * 100 KB sentence with 8,000 dates costs linear time and output, not 8,000 copies of the sentence.
 */
export const MAX_EXCERPT = 600;
const LABEL_REACH = 300;
const CLAUSE_REACH = 160;

interface Range {
  start: number;
  end: number;
}

/** [from, to) clamped to `within`, widened to whole words (at most 40 characters further). */
function snap(text: string, from: number, to: number, within: Range): Range {
  let start = Math.max(within.start, from);
  let end = Math.min(within.end, to);
  for (let n = 0; n < 40 && start > within.start && /\S/u.test(text.charAt(start - 1)); n++) start--;
  for (let n = 0; n < 40 && end < within.end && /\S/u.test(text.charAt(end)); n++) end++;
  return { start, end };
}

/** The source sentence when it is short; else the stretch of it around the date, at most MAX_EXCERPT long. */
export function excerptAround(text: string, sentence: Range, date: Range): Range {
  if (sentence.end - sentence.start <= MAX_EXCERPT) return { start: sentence.start, end: sentence.end };
  const room = Math.floor(Math.max(0, MAX_EXCERPT - 80 - (date.end - date.start)) / 2);
  const r = snap(text, date.start - room, date.end + room, sentence);
  // Snapping may add up to 80 characters; trim back to the limit from the side farther from the date.
  if (r.end - r.start > MAX_EXCERPT) r.end = Math.max(date.end, r.start + MAX_EXCERPT);
  return r;
}

interface DateSpan extends Range {
  basis?: string;
}

/**
 * The part of the sentence the label of date `k` is made from: up to LABEL_REACH either side, with
 * the neighbouring dates in it (offsets relative to the window) so the label can stop at them.
 */
export function labelWindow(
  text: string,
  sentence: Range,
  dates: readonly DateSpan[],
  k: number,
): { text: string; dates: { start: number; end: number; keep: boolean }[]; index: number } {
  const date = dates[k]!;
  const w = snap(text, date.start - LABEL_REACH, date.end + LABEL_REACH, sentence);
  const near = [dates[k - 1], date, dates[k + 1]].filter((d): d is DateSpan => !!d && d.start >= w.start && d.end <= w.end);
  return {
    text: text.slice(w.start, w.end),
    dates: near.map((d) => ({ start: d.start - w.start, end: d.end - w.start, keep: d.basis === 'completion' })),
    index: near.indexOf(date),
  };
}

const CLAUSE_EDGE = /[;:]|,\s|\s[–—-]\s/gu;
const words = (s: string) => (s.match(/\p{L}{2,}/gu) ?? []).length;

/**
 * The clause around the date, for telling a plan from a fact: between commas, semicolons or dashes,
 * widened to the next clause when the date's own says almost nothing ("In 2016, the plant will open").
 */
export function clauseAround(text: string, sentence: Range, date: Range): string {
  const from = Math.max(sentence.start, date.start - CLAUSE_REACH);
  const to = Math.min(sentence.end, date.end + CLAUSE_REACH);
  const before = text.slice(from, date.start);
  const after = text.slice(date.end, to);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_EDGE)) start = m.index + m[0].length;
  const edges = [...after.matchAll(CLAUSE_EDGE)].map((m) => m.index);
  let end = edges[0] ?? after.length;
  const clause = () => before.slice(start) + ' ' + after.slice(0, end);
  if (words(clause()) < 3) end = edges[1] ?? after.length;
  return clause();
}
