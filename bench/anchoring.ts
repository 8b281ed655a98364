/**
 * Anchoring benchmark: N annotations on a generated text of about `textBytes`, the text then edited at
 * random (`editRate` of its characters), every annotation re-anchored. A quote the edits left intact must
 * be found exactly; one they changed must be orphaned (its words are no longer in the text). Reports how
 * many were right, intact ones orphaned, and placed on wrong or changed text (must be 0) and the time, for our anchoring and for
 * approx-string-match alone (Hypothesis' default error budget, quote only) as the baseline.
 * Deterministic for a seed: the text is a word-bigram chain over the built-in bundle's real text.
 *   npx tsx bench/anchoring.ts [annotations] [textBytes] [editRate] [seed] [baselineAnnotations]
 * (the baseline takes ~30–90 ms per annotation: give it the first `baselineAnnotations` only to finish sooner).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import search from 'approx-string-match';
import { anchorQuotes, saysTheSame } from '../src/core/annotations/anchor';
import { loadBundle } from '../src/core/bundle/load-bundle';
import { builtInBundlePath, findResourcesDir } from '../src/core/paths';
import { QUOTE_CONTEXT_LENGTH } from '../src/shared/model/annotation';
import { seededRandom } from './lib/prng';

export interface AnchoringBenchOptions {
  annotations: number;
  textBytes: number;
  editRate: number;
  seed: number;
  /** Run the (slow) baseline on only the first this-many annotations; default all. */
  baselineAnnotations?: number;
}

export interface AnchoringFigures {
  /** Shares of all annotations (0–1). */
  reanchoredCorrectly: number;
  orphaned: number;
  wronglyAttached: number;
  /** Annotations whose quoted text was not touched by any edit, and what became of them. */
  survived: { total: number; correct: number; orphaned: number; wrong: number };
  /** Annotations whose quoted text was edited: right = placed on what became of it. */
  damaged: { total: number; correct: number; orphaned: number; wrong: number };
  ms: number;
}

export interface AnchoringBenchResult {
  textLength: number;
  edits: number;
  /** How many annotations the baseline ran on. */
  baselineAnnotations: number;
  ours: AnchoringFigures;
  baseline: AnchoringFigures;
}

/** Words of the built-in bundle (all documents), the material every generated text is made of. */
export async function builtInWords(): Promise<string[]> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundle = await loadBundle(builtInBundlePath(findResourcesDir(here)), { builtIn: true });
  return bundle.documents.flatMap((d) => d.text.split(/\s+/).filter(Boolean));
}

/** A text of about `bytes` UTF-8 bytes: a bigram walk over the real words, in paragraphs. */
export function generateText(words: readonly string[], bytes: number, rand: () => number): string {
  const next = new Map<string, string[]>();
  words.forEach((w, i) => {
    const following = words[(i + 1) % words.length]!;
    next.set(w, [...(next.get(w) ?? []), following]);
  });
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let size = 0;
  let word = words[Math.floor(rand() * words.length)]!;
  let untilBreak = 40 + Math.floor(rand() * 80);
  while (size < bytes) {
    const sep = parts.length === 0 ? '' : --untilBreak === 0 ? '\n\n' : ' ';
    if (untilBreak === 0) untilBreak = 40 + Math.floor(rand() * 80);
    parts.push(sep, word);
    size += sep.length + encoder.encode(word).length;
    const options = next.get(word)!;
    // Now and then jump anywhere, so the text does not settle into the source's sentences.
    word = rand() < 0.15 ? words[Math.floor(rand() * words.length)]! : options[Math.floor(rand() * options.length)]!;
  }
  return parts.join('');
}

/** An edit of the original text: replace [at, at + del) by `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
}

/** Random non-overlapping insertions, deletions and replacements until `rate` of the characters are touched. */
export function randomEdits(text: string, words: readonly string[], rate: number, rand: () => number): Edit[] {
  const edits: Edit[] = [];
  const used = new Set<number>();
  let touched = 0;
  const word = () => words[Math.floor(rand() * words.length)]!;
  while (touched < rate * text.length) {
    const at = Math.floor(rand() * text.length);
    const kind = rand();
    const del = kind < 1 / 3 ? 0 : 1 + Math.floor(rand() * 20);
    const ins = kind >= 2 / 3 || del === 0 ? (rand() < 0.5 ? ' ' : '') + word() + ' ' : '';
    if (at + del > text.length) continue;
    // Keep edits apart (one per 32-character cell) so each is well defined on the original text.
    const cells = [Math.floor(at / 32), Math.floor((at + del) / 32)];
    if (cells.some((c) => used.has(c) || used.has(c - 1) || used.has(c + 1))) continue;
    for (let c = cells[0]!; c <= cells[1]!; c++) used.add(c);
    edits.push({ at, del, ins });
    touched += Math.max(del, ins.length);
  }
  return edits.sort((a, b) => a.at - b.at);
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const out: string[] = [];
  let from = 0;
  for (const e of edits) {
    out.push(text.slice(from, e.at), e.ins);
    from = e.at + e.del;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** Maps an offset of the original text to the edited one; `side` says whether an insertion at the offset goes before it. */
function mapper(edits: readonly Edit[]) {
  const shift: number[] = [0];
  for (const e of edits) shift.push(shift.at(-1)! + e.ins.length - e.del);
  return (offset: number, side: 'start' | 'end'): number => {
    // Edits wholly before the offset shift it; an offset inside a deleted span moves to where the span was.
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = edits[mid]!;
      const before = side === 'start' ? e.at + e.del <= offset : e.at + e.del <= offset && e.at < offset;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    const e = edits[lo];
    const inside = e && e.at < offset && offset < e.at + e.del;
    return (inside ? e.at : offset) + shift[lo]!;
  };
}

export interface Case {
  start: number;
  end: number;
  survived: boolean;
  /** Where the quoted text is after the edits (for damaged quotes: what became of it). */
  truth: { start: number; end: number };
}

function classify(
  cases: readonly Case[],
  results: readonly ({ start: number; end: number } | null)[],
  ms: number,
  /** Whether the text at a placement still says what quote i says (an edit may have left its words as they were). */
  saysQuote: (i: number, placed: { start: number; end: number }) => boolean,
): AnchoringFigures {
  const survived = { total: 0, correct: 0, orphaned: 0, wrong: 0 };
  const damaged = { total: 0, correct: 0, orphaned: 0, wrong: 0 };
  cases.forEach((c, i) => {
    const r = results[i];
    const bucket = c.survived ? survived : damaged;
    bucket.total++;
    // A quote an edit changed no longer says what the text says: orphaning it is right, and placing it (even on what
    // became of it) is attaching it to words it does not quote.
    if (!r) {
      bucket.orphaned++;
      if (!c.survived) bucket.correct++;
    } else if (c.survived ? r.start === c.truth.start && r.end === c.truth.end : saysQuote(i, r)) bucket.correct++;
    else bucket.wrong++;
  });
  const n = Math.max(cases.length, 1);
  return {
    reanchoredCorrectly: (survived.correct + damaged.correct) / n,
    /** Quotes that survived intact but were not found. */
    orphaned: survived.orphaned / n,
    wronglyAttached: (survived.wrong + damaged.wrong) / n,
    survived,
    damaged,
    ms: Math.round(ms),
  };
}

/** One benchmark case: the original and edited texts, the annotations made on the original, and the truth. */
export interface AnchoringCase {
  original: string;
  edited: string;
  edits: readonly Edit[];
  targets: { start: number; end: number; exact: string; prefix: string; suffix: string }[];
  cases: Case[];
}

/** Builds the seeded case; `runAnchoringBench` measures on it (exported so diagnostics can inspect it). */
export function makeAnchoringCase(
  words: readonly string[],
  opts: Pick<AnchoringBenchOptions, 'annotations' | 'textBytes' | 'editRate' | 'seed'>,
): AnchoringCase {
  const rand = seededRandom(opts.seed);
  const original = generateText(words, opts.textBytes, rand);
  const starts: number[] = [];
  for (let i = 0; i < original.length; i++) if ((i === 0 || /\s/.test(original[i - 1]!)) && !/\s/.test(original[i]!)) starts.push(i);

  const targets = Array.from({ length: opts.annotations }, () => {
    const w = Math.floor(rand() * starts.length);
    const start = starts[w]!;
    const lastWord = Math.min(starts.length - 1, w + Math.floor(rand() * 30));
    let end = lastWord === w ? start : starts[lastWord]!;
    while (end < original.length && !/\s/.test(original[end]!)) end++;
    return {
      start,
      end,
      exact: original.slice(start, end),
      prefix: original.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: original.slice(end, end + QUOTE_CONTEXT_LENGTH),
    };
  });

  const edits = randomEdits(original, words, opts.editRate, rand);
  const edited = applyEdits(original, edits);
  const map = mapper(edits);
  const cases: Case[] = targets.map((t) => {
    const survived = !edits.some((e) => (e.del > 0 ? e.at < t.end && e.at + e.del > t.start : e.at > t.start && e.at < t.end));
    return { start: t.start, end: t.end, survived, truth: { start: map(t.start, 'start'), end: map(t.end, 'end') } };
  });
  return { original, edited, edits, targets, cases };
}

export async function runAnchoringBench(opts: AnchoringBenchOptions): Promise<AnchoringBenchResult> {
  const { edited, edits, targets, cases } = makeAnchoringCase(await builtInWords(), opts);

  let t0 = performance.now();
  const ours = anchorQuotes(
    edited,
    targets.map((t) => ({ exact: t.exact, prefix: t.prefix, suffix: t.suffix, position: { start: t.start, end: t.end } })),
  );
  const oursMs = performance.now() - t0;

  t0 = performance.now();
  const baselineTargets = targets.slice(0, opts.baselineAnnotations ?? targets.length);
  const baseline = baselineTargets.map((t) => {
    // Hypothesis' default budget: up to half the quote's length in errors (at most 256); best match, first if tied.
    const matches = search(edited, t.exact, Math.min(256, Math.floor(t.exact.length / 2)));
    const bestMatch = matches.reduce<(typeof matches)[number] | null>((b, m) => (b === null || m.errors < b.errors ? m : b), null);
    return bestMatch ? { start: bestMatch.start, end: bestMatch.end } : null;
  });
  const baselineMs = performance.now() - t0;
  const saysQuote = (i: number, r: { start: number; end: number }) => saysTheSame(edited, r.start, r.end, targets[i]!.exact);

  return {
    textLength: edited.length,
    edits: edits.length,
    baselineAnnotations: baseline.length,
    ours: classify(cases, ours, oursMs, saysQuote),
    baseline: classify(cases.slice(0, baseline.length), baseline, baselineMs, saysQuote),
  };
}

function printFigures(name: string, f: AnchoringFigures): void {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  console.log(
    `${name.padEnd(9)} correct ${pct(f.reanchoredCorrectly)}  orphaned ${pct(f.orphaned)}  wrong ${pct(f.wronglyAttached)}  time ${f.ms} ms` +
      `  | survived ${f.survived.correct}/${f.survived.total} (orphaned ${f.survived.orphaned}, wrong ${f.survived.wrong})` +
      `  | edited ${f.damaged.correct}/${f.damaged.total} (orphaned ${f.damaged.orphaned}, wrong ${f.damaged.wrong})`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [n = '10000', bytes = String(1024 * 1024), rate = '0.05', seed = '1', baselineN] = process.argv.slice(2);
  const opts = {
    annotations: Number(n),
    textBytes: Number(bytes),
    editRate: Number(rate),
    seed: Number(seed),
    ...(baselineN === undefined ? {} : { baselineAnnotations: Number(baselineN) }),
  };
  const result = await runAnchoringBench(opts);
  console.log(
    `${opts.annotations} annotations, ${result.textLength} characters after ${result.edits} edits (${opts.editRate * 100}% of the text), seed ${opts.seed}`,
  );
  printFigures('ours', result.ours);
  printFigures(`baseline${opts.baselineAnnotations === undefined ? '' : ` (first ${result.baselineAnnotations})`}`, result.baseline);
  console.log(
    `time per annotation: ours ${(result.ours.ms / opts.annotations).toFixed(3)} ms, baseline ${(result.baseline.ms / Math.max(1, result.baselineAnnotations)).toFixed(1)} ms`,
  );
}
