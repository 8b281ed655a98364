import type { FontFaces } from '../fonts/font-faces';
import type { TextStyle } from './styles';

/** A run of text in one style; `start` is its offset in the document's plain text, null for text the kit adds. */
export interface Span {
  text: string;
  style: TextStyle;
  start: number | null;
  href?: string;
}

/** A laid-out piece of a line: one style, one link, contiguous document offsets. */
export interface Segment {
  text: string;
  style: TextStyle;
  /** Left edge relative to the line's left edge, points. */
  x: number;
  width: number;
  start: number | null;
  href?: string;
}

export interface Line {
  segments: Segment[];
  width: number;
  /** Above / below the baseline, points (both positive). */
  ascent: number;
  descent: number;
  leading: number;
}

export interface BreakOptions {
  width: number;
  /** Code blocks: "\n" ends a line instead of acting as a space. */
  preserveNewlines?: boolean;
  align?: 'left' | 'center' | 'right';
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isBreakAfter = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x2f;

/**
 * Pieces of text kept as flat number quadruples [span index, from, to, width] (no object per word:
 * a long kit lays out hundreds of thousands of them). Adjacent pieces of one span merge.
 */
type Pieces = number[];

function addPiece(pieces: Pieces, span: number, from: number, to: number, width: number): void {
  const n = pieces.length;
  if (n && pieces[n - 4] === span && pieces[n - 2] === from) {
    pieces[n - 2] = to;
    pieces[n - 1]! += width;
  } else pieces.push(span, from, to, width);
}

/**
 * Greedy line breaking at spaces (and after hyphens, dashes and slashes inside words); ragged
 * right. One pass over the characters, measuring each from the font's cached advances.
 */
export function breakLines(faces: FontFaces, spans: readonly Span[], options: BreakOptions): Line[] {
  const limit = options.width + 0.001;
  const preserve = options.preserveNewlines ?? false;
  const lines: Line[] = [];
  let line: Pieces = [];
  let lineWidth = 0;
  let word: Pieces = [];
  let wordWidth = 0;
  let wordChars = 0;
  let spaces: Pieces = [];
  let spacesWidth = 0;

  const flush = () => {
    lines.push(toLine(faces, spans, line, lineWidth, options));
    line = [];
    lineWidth = 0;
  };
  const append = (pieces: Pieces) => {
    for (let k = 0; k < pieces.length; k += 4) addPiece(line, pieces[k]!, pieces[k + 1]!, pieces[k + 2]!, pieces[k + 3]!);
  };
  const commitWord = () => {
    if (!word.length) return;
    if (line.length && lineWidth + spacesWidth + wordWidth > limit) flush();
    // Spaces opening a line are dropped, except in code, where indentation means something.
    if (line.length || preserve) {
      append(spaces);
      lineWidth += spacesWidth;
    }
    if (!line.length && wordWidth > limit) cutWord();
    else {
      append(word);
      lineWidth += wordWidth;
    }
    word = [];
    wordWidth = 0;
    wordChars = 0;
    spaces = [];
    spacesWidth = 0;
  };
  /** A single word wider than the measure (a long URL): cut it across lines. */
  const cutWord = () => {
    for (let k = 0; k < word.length; k += 4) {
      const si = word[k]!;
      const span = spans[si]!;
      const face = faces[span.style.font];
      for (let i = word[k + 1]!; i < word[k + 2]!; i++) {
        const w = (face.width(span.text.charCodeAt(i)) * span.style.size) / 1000;
        if (line.length && lineWidth + w > limit) flush();
        addPiece(line, si, i, i + 1, w);
        lineWidth += w;
      }
    }
  };

  // The word being read: pieces of earlier spans in `word`, the open piece of this span from wordFrom.
  let wordFrom = -1;
  let pieceWidth = 0;
  const closePiece = (si: number, end: number) => {
    if (wordFrom < 0) return;
    word.push(si, wordFrom, end, pieceWidth);
    wordFrom = -1;
    pieceWidth = 0;
  };

  for (let si = 0; si < spans.length; si++) {
    const span = spans[si]!;
    const face = faces[span.style.font];
    const widths = face.widths;
    const scale = span.style.size / 1000;
    const text = span.text;
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (preserve && c === 0x0a) {
        closePiece(si, i);
        commitWord();
        flush();
        spaces = [];
        spacesWidth = 0;
        i++;
        continue;
      }
      if (isSpace(c)) {
        closePiece(si, i);
        commitWord();
        const w = face.width(c) * scale;
        addPiece(spaces, si, i, i + 1, w);
        spacesWidth += w;
        i++;
        continue;
      }
      let advance = widths[c]!;
      let next = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        advance = face.width(text.codePointAt(i)!);
        next = i + 2;
      } else if (advance !== advance) advance = face.width(c);
      if (wordFrom < 0) wordFrom = i;
      const w = advance * scale;
      pieceWidth += w;
      wordWidth += w;
      wordChars++;
      i = next;
      // A line may break after a hyphen, dash or slash inside a word, but never inside "//".
      if (isBreakAfter(c) && wordChars > 1 && i < text.length) {
        const after = text.charCodeAt(i);
        if (!isSpace(after) && after !== 0x2f) {
          closePiece(si, i);
          commitWord();
        }
      }
    }
    closePiece(si, text.length);
  }
  commitWord();
  if (line.length || lines.length === 0) flush();
  return lines;
}

function toLine(faces: FontFaces, spans: readonly Span[], pieces: Pieces, width: number, options: BreakOptions): Line {
  const segments: Segment[] = [];
  const shift = options.align === 'center' ? (options.width - width) / 2 : options.align === 'right' ? options.width - width : 0;
  let x = shift;
  let ascent = 0;
  let descent = 0;
  let leading = 0;
  let measured: TextStyle | null = null;
  const measure = (s: TextStyle) => {
    if (s === measured) return;
    measured = s;
    const face = faces[s.font];
    ascent = Math.max(ascent, face.ascent * s.size);
    descent = Math.max(descent, -face.descent * s.size);
    leading = Math.max(leading, s.leading);
  };
  if (spans[0]) measure(spans[0].style);
  for (let k = 0; k < pieces.length; k += 4) {
    const span = spans[pieces[k]!]!;
    const from = pieces[k + 1]!;
    const to = pieces[k + 2]!;
    const w = pieces[k + 3]!;
    measure(span.style);
    const start = span.start === null ? null : span.start + from;
    const prev = segments.at(-1);
    const contiguous = prev && (prev.start === null ? start === null : start === prev.start + prev.text.length);
    if (prev && contiguous && prev.style === span.style && prev.href === span.href) {
      prev.text += span.text.slice(from, to);
      prev.width += w;
    } else {
      const seg: Segment = { text: span.text.slice(from, to), style: span.style, x, width: w, start };
      if (span.href) seg.href = span.href;
      segments.push(seg);
    }
    x += w;
  }
  return { segments, width, ascent, descent, leading };
}
