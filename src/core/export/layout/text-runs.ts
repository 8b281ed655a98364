import bidiFactory from 'bidi-js';
import { isInvisible, type FontFace, type FontFaces } from '../fonts/font-faces';
import { hasComplexCandidate, isRtl, needsShaping } from '../fonts/scripts';
import { shape, shapedAdvance, type ShapedGlyph } from '../fonts/shaper';
import type { Line } from './line-break';
import type { TextStyle } from './styles';

const bidi = bidiFactory();

/** A piece of text drawn with one face: [face, from, to) of the text it was cut from. */
export interface FaceRun {
  face: FontFace;
  from: number;
  to: number;
}

/**
 * True when a text cannot be drawn glyph-per-character with the face alone: it has characters the
 * face lacks (drawn by fallback faces), right-to-left or shaped text. Pure ASCII costs one scan.
 */
export function needsRuns(face: FontFace, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && specialFor(face, c)) return true;
  }
  return false;
}

/**
 * A UTF-16 unit (≥ 0x80) that takes the run path: right-to-left or shaped, or not in the face
 * (surrogates included: astral characters are looked up there). Typographic quotes and dashes the
 * face has are not: English prose stays on the fast path.
 */
export function specialFor(face: FontFace, c: number): boolean {
  if (c >= 0x0590 && (isRtl(c) || needsShaping(c))) return true;
  return face.glyphId(c) === 0 && !isInvisible(c);
}

/** Splits a text into runs by the face that draws each character (invisible ones stay with their run). */
export function faceRuns(face: FontFace, text: string): FaceRun[] {
  const runs: FaceRun[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const last = runs.at(-1);
    const f = isInvisible(cp) && last ? last.face : face.faceFor(cp);
    if (last && last.face === f) last.to = next;
    else runs.push({ face: f, from: i, to: next });
    i = next;
  }
  return runs;
}

const anyOf = (text: string, test: (cp: number) => boolean) => {
  for (const ch of text) if (test(ch.codePointAt(0)!)) return true;
  return false;
};

/** Width in points of text in a style, shaped where its script needs it. Used by the line breaker for such words. */
export function measureShaped(face: FontFace, text: string, size: number): number {
  let total = 0;
  for (const run of faceRuns(face, text)) {
    const piece = text.slice(run.from, run.to);
    const rtl = anyOf(piece, isRtl);
    total += rtl || anyOf(piece, needsShaping) ? (shapedAdvance(run.face, piece, rtl) * size) / 1000 : run.face.measure(piece, size);
  }
  return total;
}

/** True when the paragraph's first strong character is right-to-left (UAX #9 P2, simplified to letters). */
export function startsRightToLeft(text: string): boolean {
  if (!hasComplexCandidate(text)) return false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isRtl(cp)) return true;
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}

/** One run of a line as drawn: left to right on the page. */
export interface VisualRun {
  face: FontFace;
  style: TextStyle;
  /** Left edge relative to the line's first segment, points. */
  x: number;
  width: number;
  /** The characters in logical order (for /ActualText and unshaped drawing). */
  text: string;
  /** Shaped glyphs in visual order, or null: draw `text` glyph per character. */
  glyphs: ShapedGlyph[] | null;
  /** Right-to-left (an odd bidi level). */
  rtl: boolean;
}

interface LogicalRun {
  face: FontFace;
  style: TextStyle;
  text: string;
  level: number;
}

/**
 * The runs of a line in visual order: each segment cut by the face that draws each character and by
 * bidi embedding level (UAX #9 via bidi-js, paragraph direction from the line's text), runs with
 * right-to-left or complex text shaped, then reordered by rule L2. Null when no segment needs any
 * of this, so Latin lines keep the one-Tj-per-segment path.
 */
export function visualRuns(faces: FontFaces, line: Line): VisualRun[] | null {
  if (!line.segments.some((s) => needsRuns(faces[s.style.font], s.text))) return null;
  let all = '';
  for (const s of line.segments) all += s.text;
  const levels = anyOf(all, isRtl) ? bidi.getEmbeddingLevels(all, 'auto').levels : null;
  const logical: LogicalRun[] = [];
  let offset = 0;
  for (const seg of line.segments) {
    for (const run of faceRuns(faces[seg.style.font], seg.text)) {
      // Cut further where the level changes.
      let from = run.from;
      for (let i = run.from; i <= run.to; i++) {
        const changes = i === run.to || (levels !== null && i > from && levels[offset + i] !== levels[offset + from]);
        if (!changes) continue;
        logical.push({ face: run.face, style: seg.style, text: seg.text.slice(from, i), level: levels ? levels[offset + from]! : 0 });
        from = i;
      }
    }
    offset += seg.text.length;
  }
  // L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const max = Math.max(0, ...logical.map((r) => r.level));
  const minOdd = Math.min(...logical.map((r) => (r.level % 2 ? r.level : Infinity)));
  for (let k = max; k >= minOdd && k > 0; k--) {
    for (let i = 0; i < logical.length;) {
      if (logical[i]!.level < k) {
        i++;
        continue;
      }
      let j = i;
      while (j < logical.length && logical[j]!.level >= k) j++;
      const reversed = logical.slice(i, j).reverse();
      logical.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  const runs: VisualRun[] = [];
  let x = 0;
  for (const r of logical) {
    const rtl = r.level % 2 === 1;
    const shaped = rtl || anyOf(r.text, needsShaping);
    const glyphs = shaped ? shape(r.face, r.text, rtl) : null;
    const units = glyphs ? glyphs.reduce((n, g) => n + g.advance, 0) : null;
    const width = units !== null ? (units * r.style.size) / 1000 : r.face.measure(r.text, r.style.size);
    runs.push({ face: r.face, style: r.style, x, width, text: r.text, glyphs, rtl });
    x += width;
  }
  return runs;
}
