/**
 * Scoring of anchoring candidates: how well a stretch of the current text agrees with a stored quote, its
 * prefix and suffix, and the position where it is expected; and the choice between candidates, which
 * refuses to guess when two different places are about as good.
 */

/** A W3C TextQuoteSelector (plus, when known, where the quote was) to find in a text. */
export interface QuoteTarget {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** TextPositionSelector of the text the annotation was made on; a hint, verified before use. */
  position?: { start: number; end: number } | undefined;
}

/** Longest context compared; imported selectors may carry more than our 32 characters. */
const MAX_CONTEXT = 64;

/** Levenshtein distance (two-row dynamic programming; inputs here are a quote or a context). */
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

/**
 * How well a stored suffix agrees with the text from `at` on (a stored prefix, reversed, with the text before
 * `at`): 1 − the fewest edits turning it into the text's next characters, however many (the far end floats, so
 * a word inserted into the context costs its length, not twice that as with a fixed-length window).
 */
function contextAgreement(context: string, text: string, at: number, side: 'prefix' | 'suffix'): number {
  const n = context.length;
  const window =
    side === 'suffix'
      ? text.slice(at, at + n + CONTEXT_FLOAT)
      : [...text.slice(Math.max(0, at - n - CONTEXT_FLOAT), at)].reverse().join('');
  const pattern = side === 'suffix' ? context : [...context].reverse().join('');
  // Rows: pattern characters; columns: window characters; the answer is the best of the last row.
  let prev = Array.from({ length: window.length + 1 }, (_, j) => j);
  let cur = new Array<number>(window.length + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ch = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= window.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ch === window.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return 1 - Math.min(...prev) / Math.max(n, 1);
}
/** Characters the far end of a context may float by. */
const CONTEXT_FLOAT = 12;

export const storedPrefix = (t: QuoteTarget) => (t.prefix ?? '').slice(-MAX_CONTEXT);
export const storedSuffix = (t: QuoteTarget) => (t.suffix ?? '').slice(0, MAX_CONTEXT);

/** A stretch of the current text that may be what became of the quote; `errors` = edits from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface Scored extends Candidate {
  /** Similarity of the stretch to the quote, 1 − edits / quote length (1 = verbatim). */
  quote: number;
  /** Agreement of the text before / after it with the stored prefix / suffix (`contextAgreement`); null when none is stored. */
  prefix: number | null;
  suffix: number | null;
  /** Mean of prefix and suffix agreement; null without context. */
  context: number | null;
  /** Agreement of quote and context, 0–1, position left out: what rivals are compared on. */
  content: number;
  /**
   * Whether the characters right before / after it are the stored context's nearest ones, unchanged; and whether it
   * starts and ends between words wherever the quote did.
   */
  edges: { prefix: boolean; suffix: boolean; wordBreaks: boolean };
  /** Characters from the expected position (0 when none is known). */
  distance: number;
  /** 0–1, quote, context and position together (Hypothesis' weights), reported with the anchor. */
  score: number;
}

/** Characters next to a candidate compared verbatim with the stored context's nearest ones. */
const EDGE = 4;
const WORD = /[\p{L}\p{N}]/u;

export function scoreCandidate(text: string, target: QuoteTarget, c: Candidate, expected: number | undefined): Scored {
  const pre = storedPrefix(target);
  const suf = storedSuffix(target);
  const prefix = pre ? contextAgreement(pre, text, c.start, 'prefix') : null;
  const suffix = suf ? contextAgreement(suf, text, c.end, 'suffix') : null;
  const quote = 1 - c.errors / target.exact.length;
  const context = prefix === null ? suffix : suffix === null ? prefix : (prefix + suffix) / 2;
  const content = (50 * quote + 40 * (context ?? 0.5)) / 90;
  const near = expected === undefined ? 0.5 : 1 - Math.min(1, Math.abs(c.start - expected) / Math.max(text.length, 1));
  // Weights as in Hypothesis' match-quote: the quote counts most, then its context, position least.
  const score = (50 * quote + 40 * (context ?? 0.5) + 2 * near) / 92;
  // Without a stored prefix (suffix) the quote began (ended) the text, so that is what its edge must agree with.
  // An edge "breaks" where it is not inside a word: a quote that began (ended) between words should still.
  const breaks = (before: string | undefined, after: string | undefined) => !(before && after && WORD.test(before) && WORD.test(after));
  const edges = {
    prefix: pre ? text.slice(Math.max(0, c.start - EDGE), c.start) === pre.slice(-EDGE) : c.start === 0,
    suffix: suf ? text.slice(c.end, c.end + EDGE) === suf.slice(0, EDGE) : c.end === text.length,
    wordBreaks:
      (!breaks(pre.at(-1), target.exact[0]) || breaks(text[c.start - 1], text[c.start])) &&
      (!breaks(target.exact.at(-1), suf[0]) || breaks(text[c.end - 1], text[c.end])),
  };
  return {
    ...c,
    quote,
    prefix,
    suffix,
    context,
    content,
    edges,
    distance: expected === undefined ? 0 : Math.abs(c.start - expected),
    score,
  };
}

/**
 * An approximate match of a short quote may swallow the remains of its own context when they happen to look
 * like the quote ("Xiaomi Corp|d smart" for "Xiaomi and smart" after "Xiaomi Corporation "): where the stored
 * prefix (suffix) agrees well, and much better, with the text up to (from) a point inside the match, the match is
 * cut there, and judged afresh.
 */
export function trimSwallowedContext(text: string, target: QuoteTarget, c: Candidate): Candidate {
  const pre = storedPrefix(target);
  const suf = storedSuffix(target);
  const most = c.end - c.start - 1;
  // The cut that agrees best with the context (the nearest among equals), if it agrees well and much better.
  const cut = (agreement: (k: number) => number) => {
    let [best, top] = [0, agreement(0)];
    for (let k = 1; k <= most; k++) if (agreement(k) > top) [best, top] = [k, agreement(k)];
    const gain = top >= SWALLOWED_SURE ? SWALLOWED_SURE_GAIN : SWALLOWED_GAIN;
    return top >= Math.max(SWALLOWED, agreement(0) + gain) ? best : 0;
  };
  const start = c.start + (pre ? cut((k) => contextAgreement(pre, text, c.start + k, 'prefix')) : 0);
  const end = c.end - (suf ? cut((k) => contextAgreement(suf, text, c.end - k, 'suffix')) : 0);
  if (end <= start || (start === c.start && end === c.end)) return c;
  return { start, end, errors: editDistance(target.exact, text.slice(start, end)) };
}
/** Context agreement, and gain over agreement at the match's edge, that shows the match swallowed context… */
const SWALLOWED = 0.75;
const SWALLOWED_GAIN = 0.2;
/** …or a smaller gain where the context agrees nearly verbatim ("kerja|samama" for "selama" after "kerjasama "). */
const SWALLOWED_SURE = 0.9;
const SWALLOWED_SURE_GAIN = 0.1;

/** The same place: both verbatim at one offset, or (for approximate ones) overlapping by half the shorter. */
function samePlace(a: Scored, b: Scored): boolean {
  if (a.errors === 0 && b.errors === 0) return a.start === b.start;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

export interface RivalRules {
  /** A rival about as near (at most `positionSlack` farther) this close in content makes it a tie. */
  ambiguity: number;
  /** A rival nearer and this close in content, or farther and this much better, means position and content disagree. */
  conflict: number;
  /** Characters within which the expected position is trusted: candidates this near are preferred, and ones this much farther than the best still count as about as near. */
  positionSlack: number;
}

/**
 * The best acceptable candidate by content (nearest first among equals), taken within `positionSlack` of the
 * expected position if any acceptable one is there, else anywhere; null when there is none, or when another
 * place is about as good, or when position and content point to different places — orphaned, never guessed.
 * Every candidate counts as a rival, acceptable or not: a weak look-alike as good as the best means the best is weak too.
 */
export function chooseCandidate(cands: readonly Scored[], acceptable: (s: Scored) => boolean, rules: RivalRules): Scored | null {
  const ranked = [...cands].sort((a, b) => b.content - a.content || a.distance - b.distance);
  const ok = ranked.filter(acceptable);
  const first = ok.find((c) => c.distance <= rules.positionSlack) ?? ok[0];
  if (!first) return null;
  // Where the quote is still there verbatim, it is that text (an edit next to it belongs to the context), and if that
  // is not acceptable, no looser reading of the same place is.
  const verbatim = first.errors > 0 ? ranked.find((c) => c.errors === 0 && samePlace(c, first)) : undefined;
  if (verbatim && !acceptable(verbatim)) return null;
  const best = verbatim ?? first;
  for (const rival of ranked) {
    if (rival === best || samePlace(rival, best)) continue;
    if (rival.distance <= best.distance + rules.positionSlack && rival.content >= best.content - rules.ambiguity) return null;
    const nearer = rival.distance < best.distance;
    if (
      nearer &&
      (rival.content >= best.content - rules.conflict || (best.distance - rival.distance > rules.positionSlack && acceptable(rival)))
    )
      return null;
    if (!nearer && rival.content > best.content + rules.conflict) return null;
  }
  return best;
}
