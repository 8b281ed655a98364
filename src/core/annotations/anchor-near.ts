/**
 * Candidate placements of a quote near where it is expected: its exact occurrences, approximate matches
 * (approx-string-match, the matcher Hypothesis uses), and the quote — even half edited — right after its
 * own prefix or right before its own suffix where those still stand. Scoring and choosing is the caller's.
 */
import search from 'approx-string-match';
import { type Candidate, editDistance, type QuoteTarget, type Scored, storedPrefix, storedSuffix } from './anchor-score';

/** Where `exact` occurs within [from, to). */
export function exactOccurrences(text: string, exact: string, from = 0, to = text.length): Candidate[] {
  // Search a slice: indexOf on the whole text would run on to its end whenever there is no later occurrence.
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: Candidate[] = [];
  for (let i = window.indexOf(exact); i !== -1; i = window.indexOf(exact, i + 1))
    found.push({ start: from + i, end: from + i + exact.length, errors: 0 });
  return found;
}

/** Matches of `exact` in [from, to) with at most `maxErrors` edits; approx-string-match reports only the fewest-error ones. */
export function fuzzyMatches(text: string, exact: string, maxErrors: number, from = 0, to = text.length): Candidate[] {
  if (maxErrors < 1 || to <= from) return [];
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * As `fuzzyMatches`, but a match touching the edge of [from, to) (short of the text's own ends) is dropped: it may
 * be a longer one cut short, and the cut one would be misplaced. For windows drawn around a guess, not a quote.
 */
function uncutMatches(text: string, exact: string, maxErrors: number, from: number, to: number): Candidate[] {
  return fuzzyMatches(text, exact, maxErrors, from, to).filter(
    (m) => (from === 0 || m.start > from + maxErrors) && (to === text.length || m.end < to - maxErrors),
  );
}

/** The candidates nearest the expected position (or the first ones), at most `limit`. */
export function nearest<T extends Candidate>(cands: T[], expected: number | undefined, limit: number): T[] {
  if (cands.length <= limit) return cands;
  if (expected === undefined) return cands.slice(0, limit);
  return [...cands].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, limit);
}

export interface NearOptions {
  /** Characters either side of the expected position searched. */
  radius: number;
  /** Least quote similarity of an approximate match anywhere in the window… */
  fuzzyQuote: number;
  /** …and next to where the quote's own prefix or suffix still stands. */
  besideContextQuote: number;
  /** Exact occurrences scored at most, nearest first. */
  maxCandidates: number;
}

/** Shorter quotes are matched approximately only beside their own context: a few edits turn a short phrase into too many others. */
export const MIN_FUZZY_QUOTE = 12;
/** Approximate matches are also sought this close to the expected position, so a better look-alike farther off cannot hide them. */
const TIGHT = 64;
/** Shortest prefix and suffix worth locating on their own, and the share of errors allowed in them. */
const LOCATE_MIN_CONTEXT = 8;
const LOCATE_CONTEXT_ERRORS = 0.2;
/** The quote is looked for this far beyond the located context, since edits to the context blur its edges. */
const LOCATE_SLACK = 8;
/** Rounds of "blank out the best match and search again" when locating a context. */
const LOCATE_ROUNDS = 3;
/** First search for a context this close to where it should be, then in the whole window. */
const LOCATE_CLOSE = 64;
/** Located prefixes (and suffixes) kept, nearest where they should be first. */
const LOCATE_KEEP = 3;

/** Where the quote would start (after a match of its prefix) or end (before a match of its suffix). */
export interface ContextSite {
  side: 'prefix' | 'suffix';
  at: number;
  /** Edits between the stored context and this match. */
  errors: number;
  /** Length of the stored context matched. */
  length: number;
}

export interface NearSearch {
  candidates: Candidate[];
  /** Where the quote's prefix or suffix still stands nearby: if no candidate fits there, the quote itself is gone. */
  sites: ContextSite[];
}

export function nearCandidates(text: string, target: QuoteTarget, expected: number, options: NearOptions): NearSearch {
  const { exact } = target;
  const L = exact.length;
  const from = Math.max(0, expected - options.radius);
  const to = Math.min(text.length, expected + L + options.radius);
  const found: Candidate[] = nearest(exactOccurrences(text, exact, from, to), expected, options.maxCandidates);
  if (L >= MIN_FUZZY_QUOTE) {
    const maxErrors = Math.floor(L * (1 - options.fuzzyQuote));
    found.push(...uncutMatches(text, exact, maxErrors, Math.max(0, expected - TIGHT), Math.min(text.length, expected + L + TIGHT)));
    found.push(...uncutMatches(text, exact, maxErrors, from, to));
  }
  const sites = contextSites(text, target, expected, options.radius);
  const slack = Math.max(24, Math.ceil(L / 2));
  // approx-string-match aligns a much-edited quote where it has fewest errors, which need not be where its context
  // ends and starts: so the stretch from the context's edge to the match's far end counts too, and so does
  // everything between a prefix and a suffix that stand about a quote's length apart.
  const spans: [number, number][] = [];
  for (const site of sites) {
    const [a, b] = site.side === 'prefix' ? [site.at - LOCATE_SLACK, site.at + L + slack] : [site.at - L - slack, site.at + LOCATE_SLACK];
    for (const m of fuzzyMatches(text, exact, Math.floor(L * (1 - options.besideContextQuote)), Math.max(0, a), Math.min(text.length, b))) {
      found.push(m);
      spans.push(site.side === 'prefix' ? [site.at, m.end] : [m.start, site.at]);
    }
  }
  for (const pre of sites) for (const suf of sites) if (pre.side === 'prefix' && suf.side === 'suffix') spans.push([pre.at, suf.at]);
  for (const [start, end] of spans)
    if (end > start && Math.abs(end - start - L) <= slack && !found.some((c) => c.start === start && c.end === end))
      found.push({ start, end, errors: editDistance(exact, text.slice(start, end)) });
  const seen = new Set<string>();
  const candidates = found.filter((c) => {
    const key = `${c.start}:${c.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { candidates, sites };
}

/**
 * Where the quote's prefix ends, or its suffix starts, near the expected position: the nearest few
 * matches of each, since a look-alike context may be closer than the real, slightly edited one.
 */
function contextSites(text: string, target: QuoteTarget, expected: number, radius: number): ContextSite[] {
  const pre = storedPrefix(target);
  const suf = storedSuffix(target);
  return [
    ...contextMatches(text, pre, expected, (m) => m.end, radius).map((m) => ({
      side: 'prefix' as const,
      at: m.end,
      errors: m.errors,
      length: pre.length,
    })),
    ...contextMatches(text, suf, expected + target.exact.length, (m) => m.start, radius).map((m) => ({
      side: 'suffix' as const,
      at: m.start,
      errors: m.errors,
      length: suf.length,
    })),
  ];
}

/**
 * Whether a placement [start, end) of a quote of length L agrees with a context site: the site is inside it
 * (a context may recur within the quote itself), or its near edge is where the site says (give or take an
 * insertion), or it overlaps by half where the site says the quote is.
 */
export function besideSite(site: ContextSite, start: number, end: number, quoteLength: number): boolean {
  const slack = Math.max(24, Math.ceil(quoteLength / 2));
  if (site.at > start && site.at < end) return true;
  const edge = site.side === 'prefix' ? start - site.at : site.at - end;
  if (edge >= -LOCATE_SLACK && edge <= slack) return true;
  const [a, b] = site.side === 'prefix' ? [site.at, site.at + quoteLength] : [site.at - quoteLength, site.at];
  const overlap = Math.min(b, end) - Math.max(a, start);
  return overlap > 0 && overlap >= 0.5 * Math.min(quoteLength, end - start);
}

/**
 * Approximate matches of a context nearest `goal` (measured at the offset `at` gives). approx-string-match
 * returns only the fewest-error matches in its window, so a look-alike would hide a slightly edited
 * context: search close first, then widen, and blank out each match found to look again (a few rounds).
 */
function contextMatches(text: string, pattern: string, goal: number, at: (m: Candidate) => number, radius: number): Candidate[] {
  if (pattern.length < LOCATE_MIN_CONTEXT) return [];
  const maxErrors = Math.floor(pattern.length * LOCATE_CONTEXT_ERRORS);
  for (const reach of [LOCATE_CLOSE, radius]) {
    const from = Math.max(0, goal - reach - pattern.length);
    let window = text.slice(from, Math.min(text.length, goal + reach + pattern.length));
    const found: Candidate[] = [];
    for (let round = 0; round < LOCATE_ROUNDS; round++) {
      const matches = search(window, pattern, maxErrors);
      if (!matches.length) break;
      for (const m of matches) {
        found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
        window = window.slice(0, m.start) + '\u0000'.repeat(m.end - m.start) + window.slice(m.end);
      }
    }
    if (!found.length) continue;
    // Nearest first, one per place: matches of one place differ by a few characters at their edges.
    const kept: Candidate[] = [];
    for (const m of found.sort((a, b) => Math.abs(at(a) - goal) - Math.abs(at(b) - goal)))
      if (kept.length < LOCATE_KEEP && kept.every((k) => Math.abs(at(k) - at(m)) > pattern.length / 2)) kept.push(m);
    return kept;
  }
  return [];
}

/**
 * Whether the quote's context, where it stands nearly intact (at most `siteErrors` of it edited) near the expected
 * position, allows the pick. A prefix and a suffix a (short) quote's length apart frame the quote: the pick must
 * lie in the frame. Any other such context must be beside the pick, unless it is a look-alike: farther off than the
 * pick, with another context beside the pick.
 */
export function sitesAllow(
  pick: Scored,
  sites: readonly ContextSite[],
  expected: number,
  L: number,
  rules: { siteErrors: number; positionSlack: number; longQuote: number },
): boolean {
  const distance = (s: ContextSite) => Math.abs(s.at - (s.side === 'prefix' ? 0 : L) - expected);
  const sure = sites.filter((s) => s.errors <= s.length * rules.siteErrors && distance(s) <= Math.max(rules.positionSlack, pick.distance));
  const slack = Math.max(24, Math.ceil(L / 2));
  // Only for a short quote: a long one recurring in itself may contain its own context's words, making false frames.
  if (L < rules.longQuote)
    for (const pre of sure)
      for (const suf of sure)
        if (pre.side === 'prefix' && suf.side === 'suffix' && suf.at > pre.at && Math.abs(suf.at - pre.at - L) <= slack)
          if (pick.start < pre.at - LOCATE_SLACK || pick.end > suf.at + LOCATE_SLACK) return false;
  const against = sure.filter((s) => !besideSite(s, pick.start, pick.end, L));
  return !against.length || (against.length < sure.length && against.every((s) => distance(s) >= pick.distance));
}
