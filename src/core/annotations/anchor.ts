import { exactOccurrences, fuzzyMatches, MIN_FUZZY_QUOTE, nearCandidates, nearest, sitesAllow } from './anchor-near';
import { chooseCandidate, type QuoteTarget, type Scored, scoreCandidate, trimSwallowedContext } from './anchor-score';
import { foldTypography } from '../../shared/text/fold';

export { editDistance, type QuoteTarget } from './anchor-score';

export interface TextAnchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 0–1: how well quote, context and position agree (1 = all exactly). */
  score: number;
}

/**
 * Thresholds. Context is compared, not just the quote, because the same words recur all over a press
 * kit ("Xiaomi and Leica"). Near where the quote is expected, moderate agreement suffices; anywhere else a
 * candidate needs strong agreement, so a passage that was deleted orphans its annotation instead of
 * moving it to a look-alike elsewhere.
 */
export const ANCHOR_THRESHOLDS = {
  /** Least context similarity (mean of prefix and suffix) near the expected position… */
  nearContext: 0.5,
  /** …unless one side alone (prefix or suffix) agrees this well. */
  oneSideContext: 0.75,
  /** A verbatim quote at least this long is evidence enough near the expected position, whatever its context. */
  longQuote: 32,
  /** Least quote similarity (1 − edits / length) of an approximate match near the expected position… */
  nearFuzzyQuote: 0.75,
  /** …or, when it is a long quote, with no context agreeing. */
  longFuzzyQuote: 0.9,
  /**
   * Between a prefix and a suffix that both agree at `oneSideContext`, what is there is what became of the quote if
   * this much of it is left. Unrelated stretches of text score up to ~0.4 by chance (99th percentile), so a quote
   * mostly replaced by new words can score 0.5: it is orphaned rather than attached to mostly new text.
   */
  besideContextQuote: 0.6,
  /** Agreement of one side's context that counts as nearly verbatim. */
  sureContext: 0.9,
  /** A prefix or suffix matched with at most this share of errors near the expected position says where the quote is. */
  siteErrors: 0.1,
  /** Least context similarity anywhere else, or when no position is known. */
  farContext: 0.8,
  /** …and least quote similarity there. */
  farFuzzyQuote: 0.85,
  /** Two candidates scoring within this of each other are indistinguishable: orphan rather than guess. */
  ambiguity: 0.02,
  /** …for quotes too short to be matched approximately. */
  shortAmbiguity: 0.1,
  /**
   * Position and content disagree, so orphan, when a candidate nearer the expected position than the best scores within
   * this of it, or one farther off scores this much better.
   */
  conflict: 0.1,
  /**
   * How far the expected position may be off (it is an estimate): within this, candidates are preferred and moderate
   * agreement suffices; candidates this much farther than the best still count as about as near.
   */
  positionSlack: 64,
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

const t = ANCHOR_THRESHOLDS;
const rivalRules = { ambiguity: t.ambiguity, conflict: t.conflict, positionSlack: t.positionSlack };

/**
 * Whether a candidate in the window around the expected position agrees well enough with quote and context to be
 * taken. Farther than `positionSlack` from it (the expected position was only the stored one, or the shift
 * estimate is off), the quote's own place may lie outside the window, so a look-alike inside it must not stand
 * in on weak evidence: a long quote then needs its context too, and a short one its context agreeing strongly.
 */
function acceptableNear(s: Scored, quoteLength: number): boolean {
  const sides = [s.prefix, s.suffix].filter((x): x is number => x !== null);
  const context = s.context ?? 0;
  const nearby = s.distance <= t.positionSlack;
  const long = quoteLength >= t.longQuote && nearby;
  // A short quote is little evidence by itself: it must also stand right beside the stored context on one side, not
  // merely where the context roughly matches (a deleted "in" would land inside a new "imaging").
  if (quoteLength < MIN_FUZZY_QUOTE && ((!s.edges.prefix && !s.edges.suffix) || (!nearby && context < t.farContext))) return false;
  if (quoteLength < MIN_FUZZY_QUOTE && s.quote === 1 && !s.edges.wordBreaks) return false;
  // A quote that began (ended) the text has context on one side only: moved off the text's edge, it needs that side
  // nearly verbatim (a short one must not move at all).
  const offEdge = (s.prefix === null && !s.edges.prefix) || (s.suffix === null && !s.edges.suffix);
  const sureSide =
    (s.prefix !== null && s.edges.prefix && s.prefix >= t.sureContext) ||
    (s.suffix !== null && s.edges.suffix && s.suffix >= t.sureContext);
  if (offEdge && (quoteLength < MIN_FUZZY_QUOTE || (quoteLength < t.longQuote && !sureSide))) return false;
  const oneSide = sides.some((x) => x >= t.oneSideContext);
  const bothSides = sides.length > 0 && sides.every((x) => x >= t.oneSideContext);
  if (s.quote === 1) return context >= t.nearContext || oneSide || long;
  // An edited short quote is placed by its context alone, so both sides of it must agree (MIN_FUZZY_QUOTE).
  if (
    quoteLength >= MIN_FUZZY_QUOTE &&
    s.quote >= t.nearFuzzyQuote &&
    (context >= t.nearContext || oneSide || (long && s.quote >= t.longFuzzyQuote))
  )
    return true;
  return s.quote >= t.besideContextQuote && bothSides;
}

/** Whether `s` has a period of at most half its length ("Sharp Aquous R6 dan Sharp Aquous R6 dan Sharp"). */
function repeats(s: string): boolean {
  // Knuth–Morris–Pratt failure function: the longest proper prefix of s that is also its suffix.
  const border = new Array<number>(s.length + 1).fill(0);
  border[0] = -1;
  for (let i = 1, k = -1; i <= s.length; i++) {
    while (k >= 0 && s[k] !== s[i - 1]) k = border[k]!;
    border[i] = ++k;
  }
  return s.length - border[s.length]! <= s.length / 2;
}

/** An anchor with the scores it was chosen on (for learning the text's shift from it). */
interface Placement {
  anchor: TextAnchor;
  scored: Scored;
}
const toAnchor = (s: Scored, method: TextAnchor['method']): Placement => ({
  anchor: { start: s.start, end: s.end, method, score: s.score },
  scored: s,
});

export interface AnchorOptions {
  /** Where the quote is expected now; defaults to the stored position (callers that track drift pass better). */
  expected?: number;
  /** How far from the expected position moderate agreement suffices. */
  nearRadius?: number;
}

/**
 * Finds where a quote is in `text` now, in order of evidence: (1) at its recorded position, with its
 * context intact; (2) the quote with its whole context verbatim, the only such passage near the expected
 * position; (3) near the expected position, every candidate — exact occurrences, approximate matches
 * (approx-string-match, the matcher Hypothesis uses), the quote beside its own prefix or suffix where they
 * still stand — scored by quote, prefix, suffix and distance, the best taken unless another place is
 * about as good; if the context stands nearby but the quote does not, orphaned, since its text is gone;
 * (4) anywhere within reach, with context agreeing strongly and no equally good rival; (5) else null:
 * orphaned rather than attached to text that merely looks alike.
 */
export function anchorQuote(text: string, target: QuoteTarget, options: AnchorOptions = {}): TextAnchor | null {
  return place(text, target, options)?.anchor ?? null;
}

/** A quote's words as a reader compares them: typography folded (quote marks, dashes, special spaces), runs of white space as one. */
const wordsOf = (s: string) => foldTypography(s).replace(/\s+/g, ' ').trim();

/**
 * The text at the placement says what the quote says, up to typography and white space. The search may
 * propose a near match (the quote with a word or a number changed: "434" for "435", "third-largest" for
 * "second-largest"); such a match is another statement, so the quote is orphaned, never moved onto it.
 */
export function saysTheSame(text: string, start: number, end: number, exact: string): boolean {
  const found = text.slice(start, end);
  return found === exact || wordsOf(found) === wordsOf(exact);
}

function place(text: string, target: QuoteTarget, options: AnchorOptions): Placement | null {
  const placed = placeNearest(text, target, options);
  return placed && saysTheSame(text, placed.anchor.start, placed.anchor.end, target.exact) ? placed : null;
}

function placeNearest(text: string, target: QuoteTarget, options: AnchorOptions): Placement | null {
  const { exact } = target;
  if (!exact) return null;
  const stored = target.position?.start;
  const expected = options.expected ?? stored;
  const hasContext = !!(target.prefix || target.suffix);
  const rate = (start: number, end: number, errors: number) => scoreCandidate(text, target, { start, end, errors }, expected);

  if (stored !== undefined && text.startsWith(exact, stored)) {
    const atPosition = rate(stored, stored + exact.length, 0);
    if (atPosition.context === null || atPosition.context === 1) return toAnchor(atPosition, 'position');
  }

  if (hasContext) {
    // The quote with its whole context, verbatim, and only once in reach: the strongest evidence there is.
    const prefix = target.prefix ?? '';
    const passage = prefix + exact + (target.suffix ?? '');
    const radius = (options.nearRadius ?? DEFAULT_NEAR_RADIUS) + prefix.length;
    const found =
      expected === undefined
        ? exactOccurrences(text, passage)
        : exactOccurrences(text, passage, Math.max(0, expected - radius), Math.min(text.length, expected + passage.length + radius));
    // When the expected position is a tracked estimate (not merely the stored one), trusted to `positionSlack`, a
    // verbatim passage farther off may be a repeat in repetitive text: it is then weighed with the other candidates.
    // Nor is it proof when the passage repeats itself (a run of one phrase): one edit in the run leaves a verbatim copy
    // of it a repeat or two away.
    const trusted = options.expected !== undefined && options.expected !== stored;
    if (found.length === 1 && !repeats(passage) && !(trusted && Math.abs(found[0]!.start + prefix.length - expected!) > t.positionSlack)) {
      const start = found[0]!.start + prefix.length;
      return toAnchor(rate(start, start + exact.length, 0), start === stored ? 'position' : 'quote');
    }
  }

  if (expected !== undefined && hasContext) {
    const near = nearCandidates(text, target, expected, {
      radius: options.nearRadius ?? DEFAULT_NEAR_RADIUS,
      fuzzyQuote: t.nearFuzzyQuote,
      besideContextQuote: t.besideContextQuote,
      maxCandidates: t.maxCandidates,
    });
    const L = exact.length;
    const scored = near.candidates
      .map((c) => (c.errors > 0 && L < t.longQuote ? trimSwallowedContext(text, target, c) : c))
      .map((c) => rate(c.start, c.end, c.errors));
    const accept = (s: Scored) => acceptableNear(s, L);
    // A short quote is placed by its context alone, and a few characters of context more or less prove little.
    const pick = chooseCandidate(scored, accept, L < MIN_FUZZY_QUOTE ? { ...rivalRules, ambiguity: t.shortAmbiguity } : rivalRules);
    // Where the quote's own context stands, nearly intact, near the expected position, the quote must be beside it: if
    // the best candidate is elsewhere, the quote there was edited away (or the context has a look-alike): orphan.
    if (pick && sitesAllow(pick, near.sites, expected, L, t))
      return toAnchor(pick, pick.errors > 0 ? 'fuzzy' : pick.start === stored ? 'position' : 'quote');
    // A tie nearby, or the context still here without its quote: the text is gone or unclear, so no look-alike elsewhere may stand in.
    if (pick || near.sites.length || scored.some(accept)) return null;
  }

  const [farFrom, farTo] =
    expected === undefined
      ? [0, text.length]
      : [Math.max(0, expected - t.farRadius), Math.min(text.length, expected + exact.length + t.farRadius)];
  const allExact = exactOccurrences(text, exact, farFrom, farTo);
  // Without any context to compare, only a quote that occurs exactly once can be placed with certainty.
  if (!hasContext)
    return allExact.length === 1 && text.indexOf(exact, allExact[0]!.start + 1) === -1
      ? toAnchor(rate(allExact[0]!.start, allExact[0]!.end, 0), 'quote')
      : null;
  const strong = (s: Scored) => s.context! >= t.farContext;
  const farRules = { ...rivalRules, conflict: 0, positionSlack: Infinity };
  const exactFar = nearest(allExact, expected, t.maxCandidates).map((c) => rate(c.start, c.end, 0));
  if (exactFar.some(strong)) {
    const pick = chooseCandidate(exactFar, strong, farRules);
    return pick ? toAnchor(pick, 'quote') : null;
  }
  const fuzzyFar = nearest(
    exact.length >= MIN_FUZZY_QUOTE ? fuzzyMatches(text, exact, Math.floor(exact.length * (1 - t.farFuzzyQuote)), farFrom, farTo) : [],
    expected,
    t.maxCandidates,
  ).map((c) => rate(c.start, c.end, c.errors));
  const pick = chooseCandidate(fuzzyFar, (s) => strong(s) && s.quote >= t.farFuzzyQuote, farRules);
  return pick ? toAnchor(pick, 'fuzzy') : null;
}

/**
 * Anchors many quotes on one text, in order of their old positions, tracking how far the text has
 * shifted: each placed quote whose edge is certain tells where its neighbours should be now, so look-alike
 * passages elsewhere are not mistaken for them.
 */
export function anchorQuotes(text: string, targets: readonly QuoteTarget[], nearRadius = 512): (TextAnchor | null)[] {
  const results: (TextAnchor | null)[] = new Array(targets.length).fill(null);
  const order = targets
    .map((_, i) => i)
    .sort((a, b) => (targets[a]!.position?.start ?? Infinity) - (targets[b]!.position?.start ?? Infinity));
  // The shift at the latest old offset learned so far, and shifts learned at quotes' ends not yet reached.
  // Pending shifts wait in a heap by offset (then by when learnt): with thousands of long quotes
  // overlapping, a list scanned and filtered per quote made this quadratic (40,000 quotes: 107 s).
  let shift = { old: -1, drift: 0 };
  const pending = new PendingShifts();
  const learn = (old: number, now: number) => {
    if (old > shift.old) pending.push(old, now - old);
  };
  for (const i of order) {
    const target = targets[i]!;
    const old = target.position?.start;
    if (old !== undefined)
      // The latest shift learnt at the farthest offset reached: popped in (offset, order learnt) order, the last one not behind wins.
      for (let p = pending.popUpTo(old); p; p = pending.popUpTo(old)) if (p.old >= shift.old) shift = p;
    const placed = place(
      text,
      target,
      old === undefined ? {} : { expected: old + shift.drift, nearRadius: nearRadius + target.exact.length },
    );
    results[i] = placed?.anchor ?? null;
    if (!placed || old === undefined) continue;
    // A verbatim quote fixes both its edges; an edited one, the edge whose context stands unchanged beside it.
    const { scored } = placed;
    if (scored.errors === 0 || (scored.edges.prefix && scored.prefix! >= t.sureContext)) learn(old, scored.start);
    if (scored.errors === 0 || (scored.edges.suffix && scored.suffix! >= t.sureContext)) learn(old + target.exact.length, scored.end);
  }
  return results;
}

/** Shifts learnt at offsets not yet reached, smallest offset first (ties: the one learnt first). */
class PendingShifts {
  private readonly heap: { old: number; drift: number; seq: number }[] = [];
  private seq = 0;

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.old < y.old || (x.old === y.old && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    const h = this.heap;
    [h[a], h[b]] = [h[b]!, h[a]!];
  }

  push(old: number, drift: number): void {
    this.heap.push({ old, drift, seq: this.seq++ });
    for (let i = this.heap.length - 1; i > 0 && this.before(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
  }

  /** The first shift at an offset at most `limit`, removed; undefined when there is none. */
  popUpTo(limit: number): { old: number; drift: number } | undefined {
    const h = this.heap;
    if (!h.length || h[0]!.old > limit) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(l, m)) m = l;
        if (r < h.length && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
