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
 * Thresholds. Context similarity is compared, not just quote similarity, because the same words occur
 * in many places in a press kit ("Xiaomi and Leica"): a quote is only placed where its surroundings
 * agree too, so a passage that was deleted orphans its annotation instead of moving it to a look-alike.
 */
export const ANCHOR_THRESHOLDS = {
  /** A candidate at the stored position is taken at once when its context agrees this well. */
  positionContext: 0.8,
  /** Least context similarity (mean of prefix and suffix) for any other placement. */
  context: 0.5,
  /** Least quote similarity (1 − edits / length) for a fuzzy match. */
  fuzzyQuote: 0.75,
  /** Candidates scored per search, nearest the expected position first. */
  maxCandidates: 400,
} as const;

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

function score(text: string, target: QuoteTarget, c: Candidate): Scored {
  const quote = 1 - c.errors / target.exact.length;
  const context = contextSimilarity(text, c.start, c.end, target);
  const expected = target.position?.start;
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

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push({ start: i, end: i + exact.length, errors: 0 });
  return found;
}

const best = (scored: Scored[]) => scored.reduce<Scored | null>((b, s) => (b === null || s.score > b.score ? s : b), null);

/**
 * Finds where a quote is in `text` now: (1) at its recorded position, if the text there is still the
 * quote and its context agrees; (2) else wherever the exact quote occurs with agreeing context;
 * (3) else by approximate matching (approx-string-match, as Hypothesis), first near the old position,
 * then in the whole text, scoring candidates by quote, prefix, suffix and position; (4) else null:
 * the annotation is orphaned rather than attached to text that merely looks alike.
 */
export function anchorQuote(text: string, target: QuoteTarget): TextAnchor | null {
  const { exact } = target;
  if (!exact) return null;
  const t = ANCHOR_THRESHOLDS;
  const expected = target.position?.start;
  const hasContext = !!(target.prefix || target.suffix);

  if (expected !== undefined && text.startsWith(exact, expected)) {
    const s = score(text, target, { start: expected, end: expected + exact.length, errors: 0 });
    if (s.context === null || s.context >= t.positionContext) return { start: s.start, end: s.end, method: 'position', score: s.score };
  }

  const exactCands = exactOccurrences(text, exact);
  if (exactCands.length) {
    const scored = nearest(exactCands, expected, t.maxCandidates).map((c) => score(text, target, c));
    // Without any context to compare, only a quote that occurs exactly once can be placed with certainty.
    const acceptable = hasContext ? scored.filter((s) => s.context! >= t.context) : exactCands.length === 1 ? scored : [];
    const pick = best(acceptable);
    if (pick) return { start: pick.start, end: pick.end, method: 'quote', score: pick.score };
  }

  const maxErrors = Math.floor(exact.length * (1 - t.fuzzyQuote));
  if (maxErrors < 1 || !hasContext) return null;
  const windows: [number, number][] = [];
  if (expected !== undefined)
    for (const radius of [exact.length + 512, 16_384]) windows.push([Math.max(0, expected - radius), Math.min(text.length, expected + exact.length + radius)]);
  windows.push([0, text.length]);
  let searched: [number, number] | null = null;
  for (const [from, to] of windows) {
    if (searched && searched[0] === from && searched[1] === to) continue;
    searched = [from, to];
    const matches = search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
    const scored = nearest(matches, expected, t.maxCandidates).map((c) => score(text, target, c));
    const pick = best(scored.filter((s) => s.quote >= t.fuzzyQuote && s.context !== null && s.context >= t.context));
    if (pick) return { start: pick.start, end: pick.end, method: 'fuzzy', score: pick.score };
  }
  return null;
}
