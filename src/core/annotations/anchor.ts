import search from 'approx-string-match';

/** A W3C TextQuoteSelector (plus, when known, where the quote was) to find in a text. */
export interface QuoteTarget {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** TextPositionSelector of the text the annotation was made on; a hint, verified before use. */
  position?: { start: number; end: number } | undefined;
}

export interface TextAnchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 0–1: how well quote, context and position agree (1 = all exactly). */
  score: number;
}

/**
 * Thresholds. Context is compared, not just the quote, because the same words recur all over a press
 * kit ("Xiaomi and Leica"). Near where the quote used to be, moderate agreement suffices; anywhere else a
 * candidate needs strong agreement, so a passage that was deleted orphans its annotation instead of
 * moving it to a look-alike elsewhere.
 */
export const ANCHOR_THRESHOLDS = {
  /** A candidate at the stored position is taken at once when its context agrees this well. */
  positionContext: 0.8,
  /** Least context similarity (mean of prefix and suffix) near the expected position. */
  nearContext: 0.5,
  /** Least context similarity anywhere else, or when no position is known. */
  farContext: 0.8,
  /** Least quote similarity (1 − edits / length) of a fuzzy match near the expected position… */
  nearFuzzyQuote: 0.75,
  /** …and anywhere else. */
  farFuzzyQuote: 0.85,
  /** Two far candidates scoring within this of each other are indistinguishable: orphan rather than guess. */
  ambiguity: 0.02,
  /**
   * When the old position is known, "anywhere else" is this many characters either side of it: a whole
   * press release, but not the far end of a huge text, where look-alike passages are bound to exist.
   */
  farRadius: 65_536,
  /** Candidates scored per search, nearest the expected position first. */
  maxCandidates: 400,
} as const;

/** Characters either side of the expected position searched first ("near"). */
export const DEFAULT_NEAR_RADIUS = 2048;

/** Longest context compared; imported selectors may carry more than our 32 characters. */
const MAX_CONTEXT = 64;

/** Levenshtein distance (two-row dynamic programming; inputs here are at most 64 characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const similarity = (expected: string, actual: string) => 1 - editDistance(expected, actual) / Math.max(expected.length, 1);

/** Mean similarity of the stored prefix/suffix to the text around [start, end); null when none is stored. */
function contextSimilarity(text: string, start: number, end: number, target: QuoteTarget): number | null {
  const scores: number[] = [];
  const prefix = target.prefix ? target.prefix.slice(-MAX_CONTEXT) : '';
  const suffix = target.suffix ? target.suffix.slice(0, MAX_CONTEXT) : '';
  if (prefix) scores.push(similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)));
  if (suffix) scores.push(similarity(suffix, text.slice(end, end + suffix.length)));
  return scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  quote: number;
  context: number | null;
  score: number;
}

function score(text: string, target: QuoteTarget, c: Candidate, expected: number | undefined): Scored {
  const quote = 1 - c.errors / target.exact.length;
  const context = contextSimilarity(text, c.start, c.end, target);
  const near = expected === undefined ? 0.5 : 1 - Math.min(1, Math.abs(c.start - expected) / Math.max(text.length, 1));
  // Weights as in Hypothesis' match-quote: the quote counts most, then its context, position least.
  const total = (50 * quote + 40 * (context ?? 0.5) + 2 * near) / 92;
  return { ...c, quote, context, score: total };
}

/** The candidates nearest the expected position (or the first ones), at most `limit`. */
function nearest<T extends Candidate>(cands: T[], expected: number | undefined, limit: number): T[] {
  if (cands.length <= limit) return cands;
  if (expected === undefined) return cands.slice(0, limit);
  return [...cands].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, limit);
}

function exactOccurrences(text: string, exact: string, from = 0, to = text.length): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(exact, from); i !== -1 && i + exact.length <= to; i = text.indexOf(exact, i + 1))
    found.push({ start: i, end: i + exact.length, errors: 0 });
  return found;
}

/** Shorter quotes are only ever matched exactly: a few edits turn a short phrase into too many others. */
const MIN_FUZZY_QUOTE = 12;

function fuzzyMatches(text: string, exact: string, minQuote: number, from = 0, to = text.length): Candidate[] {
  const maxErrors = Math.floor(exact.length * (1 - minQuote));
  if (maxErrors < 1) return [];
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

const byScore = (a: Scored, b: Scored) => b.score - a.score;
const toAnchor = (s: Scored, method: TextAnchor['method']): TextAnchor => ({ start: s.start, end: s.end, method, score: s.score });

export interface AnchorOptions {
  /** Where the quote is expected now; defaults to the stored position (callers that track drift pass better). */
  expected?: number;
  /** How far from the expected position moderate context agreement suffices. */
  nearRadius?: number;
}

/**
 * Finds where a quote is in `text` now, in order of evidence: (1) at its recorded position, with its
 * context intact; (2) the quote with its whole context verbatim, near the expected position; (3) where
 * its own prefix or suffix still stands near the expected position: the quote there, exactly or
 * approximately (approx-string-match, the matcher Hypothesis uses), else orphaned, since its text is
 * gone; (4) near the expected position, exact or approximate, with context agreeing moderately;
 * (5) anywhere within reach, with context agreeing strongly and no equally good rival; (6) else null:
 * orphaned rather than attached to text that merely looks alike. Candidates are scored by quote,
 * prefix, suffix and position.
 */
export function anchorQuote(text: string, target: QuoteTarget, options: AnchorOptions = {}): TextAnchor | null {
  const { exact } = target;
  if (!exact) return null;
  const t = ANCHOR_THRESHOLDS;
  const expected = options.expected ?? target.position?.start;
  const hasContext = !!(target.prefix || target.suffix);
  const rate = (c: Candidate) => score(text, target, c, expected);

  const atPosition =
    target.position && text.startsWith(exact, target.position.start)
      ? rate({ start: target.position.start, end: target.position.start + exact.length, errors: 0 })
      : null;
  if (atPosition && (atPosition.context === null || atPosition.context === 1)) return toAnchor(atPosition, 'position');

  // The quote with its whole context, verbatim: the strongest evidence there is (nearest such passage wins).
  const prefix = target.prefix ?? '';
  if (hasContext) {
    const passage = prefix + exact + (target.suffix ?? '');
    // Near the expected position only: far off, a verbatim copy is no proof (the far stage weighs rivals).
    const radius = (options.nearRadius ?? DEFAULT_NEAR_RADIUS) + prefix.length;
    const found =
      expected === undefined
        ? exactOccurrences(text, passage)
        : exactOccurrences(text, passage, Math.max(0, expected - radius), Math.min(text.length, expected + passage.length + radius));
    const nearestPassage = expected === undefined ? (found.length === 1 ? found[0] : undefined) : nearest(found, expected, 1)[0];
    if (nearestPassage) {
      const start = nearestPassage.start + prefix.length;
      return toAnchor(rate({ start, end: start + exact.length, errors: 0 }), 'quote');
    }
  }
  if (atPosition && atPosition.context! >= t.positionContext) return toAnchor(atPosition, 'position');

  if (expected !== undefined) {
    const region = locateByContext(text, target, expected, options.nearRadius ?? DEFAULT_NEAR_RADIUS);
    if (region) {
      // The context shows where the quote was: take the quote there if it is still (nearly) intact, and
      // otherwise orphan it: the quoted text itself is gone, so no look-alike elsewhere may stand in.
      // A context match inside the quote itself (a quote may repeat its context's words) must not cut it
      // short, so the exact quote is sought a quote's length either side; fuzzy matches only in the region.
      const [from, to] = [Math.max(0, region.from - LOCATE_SLACK), Math.min(text.length, region.to + LOCATE_SLACK)];
      const wide = Math.min(exact.length, 64);
      const candidates = [
        ...exactOccurrences(text, exact, Math.max(0, from - wide), Math.min(text.length, to + wide)),
        ...(exact.length >= MIN_FUZZY_QUOTE ? fuzzyMatches(text, exact, t.nearFuzzyQuote, from, to) : []),
      ];
      const pick = candidates
        .map(rate)
        .filter((c) => c.quote >= t.nearFuzzyQuote && c.context !== null && c.context >= t.nearContext)
        .sort(byScore)[0];
      return pick ? toAnchor(pick, pick.errors === 0 ? 'quote' : 'fuzzy') : null;
    }
  }

  if (expected !== undefined && hasContext) {
    const radius = options.nearRadius ?? DEFAULT_NEAR_RADIUS;
    const from = Math.max(0, expected - radius);
    const to = Math.min(text.length, expected + exact.length + radius);
    const near = (s: Scored) => s.context !== null && s.context >= t.nearContext;
    const exactNear = nearest(exactOccurrences(text, exact, from, to), expected, t.maxCandidates).map(rate).filter(near).sort(byScore);
    if (exactNear[0]) return toAnchor(exactNear[0], 'quote');
    const fuzzyNear = nearest(exact.length >= MIN_FUZZY_QUOTE ? fuzzyMatches(text, exact, t.nearFuzzyQuote, from, to) : [], expected, t.maxCandidates)
      .map(rate)
      .filter((s) => near(s) && s.quote >= t.nearFuzzyQuote)
      .sort(byScore);
    if (fuzzyNear[0]) return toAnchor(fuzzyNear[0], 'fuzzy');
  }

  const [farFrom, farTo] = expected === undefined ? [0, text.length] : [Math.max(0, expected - t.farRadius), Math.min(text.length, expected + exact.length + t.farRadius)];
  const allExact = exactOccurrences(text, exact, farFrom, farTo);
  // Without any context to compare, only a quote that occurs exactly once can be placed with certainty.
  if (!hasContext) return allExact.length === 1 && text.indexOf(exact, allExact[0]!.start + 1) === -1 ? toAnchor(rate(allExact[0]!), 'quote') : null;
  const strong = (s: Scored) => s.context! >= t.farContext;
  const unrivalled = (list: Scored[]) => (list[0] && !(list[1] && list[0].score - list[1].score < t.ambiguity) ? list[0] : null);
  const exactFar = nearest(allExact, expected, t.maxCandidates).map(rate).filter(strong).sort(byScore);
  if (exactFar[0]) {
    const pick = unrivalled(exactFar);
    return pick ? toAnchor(pick, 'quote') : null;
  }
  const fuzzyFar = nearest(exact.length >= MIN_FUZZY_QUOTE ? fuzzyMatches(text, exact, t.farFuzzyQuote, farFrom, farTo) : [], expected, t.maxCandidates)
    .map(rate)
    .filter((s) => strong(s) && s.quote >= t.farFuzzyQuote)
    .sort(byScore);
  const pick = unrivalled(fuzzyFar);
  return pick ? toAnchor(pick, 'fuzzy') : null;
}

/** Shortest prefix and suffix worth locating on their own, and the share of errors allowed in them. */
const LOCATE_MIN_CONTEXT = 8;
const LOCATE_CONTEXT_ERRORS = 0.2;
/** The quote is looked for this far beyond the located region, since edits to the context blur its edges. */
const LOCATE_SLACK = 8;
/** Rounds of "blank out the best match and search again" when locating a context. */
const LOCATE_ROUNDS = 3;
/** First search for a context this close to where it should be. */
const LOCATE_CLOSE = 64;

/**
 * Where the quote's own prefix or suffix still stands near the expected position, the quote was next
 * to it: returns the stretch of text to look for it in (null when neither context is found nearby).
 */
function locateByContext(text: string, target: QuoteTarget, expected: number, radius: number): { from: number; to: number } | null {
  const prefix = (target.prefix ?? '').slice(-MAX_CONTEXT);
  const suffix = (target.suffix ?? '').slice(0, MAX_CONTEXT);
  const L = target.exact.length;
  const slack = Math.max(24, Math.ceil(L / 2));
  // approx-string-match returns only the fewest-error matches in its window, so a look-alike would hide
  // a slightly edited context close by: search close first, then widen, and blank out each match found
  // to look again for the next best (a few rounds), then take the one nearest where it should be.
  const nearestMatch = (pattern: string, goal: number, at: (m: Candidate) => number, reaches: number[]): Candidate | null => {
    if (pattern.length < LOCATE_MIN_CONTEXT) return null;
    const maxErrors = Math.floor(pattern.length * LOCATE_CONTEXT_ERRORS);
    for (const reach of reaches) {
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
      const best = found.reduce<Candidate | null>((b, m) => (b === null || Math.abs(at(m) - goal) < Math.abs(at(b) - goal) ? m : b), null);
      if (best) return best;
    }
    return null;
  };
  const pre = nearestMatch(prefix, expected, (m) => m.end, [LOCATE_CLOSE, radius]);
  const post = pre
    ? nearestMatch(suffix, pre.end + L, (m) => m.start, [slack])
    : nearestMatch(suffix, expected + L, (m) => m.start, [LOCATE_CLOSE, radius]);
  if (pre && post && Math.abs(post.start - pre.end - L) <= slack) return { from: pre.end, to: post.start };
  if (pre) return { from: pre.end, to: pre.end + L + slack };
  if (post) return { from: post.start - L - slack, to: post.start };
  return null;
}

/**
 * Anchors many quotes on one text, in order of their old positions, tracking how far the text has
 * shifted: each confidently placed quote tells where its neighbours should be now, so look-alike
 * passages elsewhere are not mistaken for them.
 */
export function anchorQuotes(text: string, targets: readonly QuoteTarget[], nearRadius = 512): (TextAnchor | null)[] {
  const results: (TextAnchor | null)[] = new Array(targets.length).fill(null);
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a]!.position?.start ?? Infinity) - (targets[b]!.position?.start ?? Infinity));
  let drift = 0;
  for (const i of order) {
    const target = targets[i]!;
    const old = target.position?.start;
    const anchor = anchorQuote(text, target, old === undefined ? {} : { expected: old + drift, nearRadius: nearRadius + target.exact.length });
    results[i] = anchor;
    if (anchor && old !== undefined && anchor.method !== 'fuzzy' && anchor.score >= CONFIDENT) drift = anchor.start - old;
  }
  return results;
}

/** Score of an exact quote whose context agrees at 0.8 or better: safe to learn the text's shift from. */
const CONFIDENT = (50 + 40 * 0.8) / 92;
