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

interface Token {
  text: string;
  style: TextStyle;
  start: number | null;
  href: string | undefined;
  width: number;
  kind: 'word' | 'space' | 'newline';
  /** A line may break after this word piece (it ends in a hyphen, dash or slash). */
  breakAfter: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isBreakAfter = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x2f;

function tokenize(faces: FontFaces, spans: readonly Span[], preserveNewlines: boolean): Token[] {
  const tokens: Token[] = [];
  for (const span of spans) {
    const face = faces[span.style.font];
    const text = span.text;
    let i = 0;
    while (i < text.length) {
      const begin = i;
      const c = text.charCodeAt(i);
      let kind: Token['kind'];
      let breakAfter = false;
      if (preserveNewlines && c === 0x0a) {
        kind = 'newline';
        i++;
      } else if (isSpace(c)) {
        kind = 'space';
        while (i < text.length && isSpace(text.charCodeAt(i)) && !(preserveNewlines && text.charCodeAt(i) === 0x0a)) i++;
      } else {
        kind = 'word';
        while (i < text.length && !isSpace(text.charCodeAt(i))) {
          const ch = text.charCodeAt(i++);
          const next = text.charCodeAt(i);
          // Break after a hyphen, dash or slash inside a word, but never inside "//".
          if (isBreakAfter(ch) && i < text.length && !isSpace(next) && next !== 0x2f && i - begin > 1) {
            breakAfter = true;
            break;
          }
        }
      }
      const piece = text.slice(begin, i);
      tokens.push({
        text: piece,
        style: span.style,
        start: span.start === null ? null : span.start + begin,
        href: span.href,
        width: kind === 'newline' ? 0 : face.measure(piece, span.style.size),
        kind,
        breakAfter,
      });
    }
  }
  return tokens;
}

/** Splits a word wider than the measure into pieces that fit (long URLs, identifiers). */
function splitWord(faces: FontFaces, word: Token[], width: number): Token[][] {
  const pieces: Token[][] = [];
  let current: Token[] = [];
  let used = 0;
  for (const token of word) {
    const face = faces[token.style.font];
    let from = 0;
    let acc = 0;
    for (let i = 0; i < token.text.length; i++) {
      const w = (face.width(token.text.charCodeAt(i)) * token.style.size) / 1000;
      if (used + acc + w > width && (used + acc > 0 || i > from)) {
        if (i > from) current.push(sliceToken(token, from, i, acc));
        pieces.push(current);
        current = [];
        used = 0;
        from = i;
        acc = 0;
      }
      acc += w;
    }
    current.push(sliceToken(token, from, token.text.length, acc));
    used += acc;
  }
  if (current.length) pieces.push(current);
  return pieces;
}

function sliceToken(t: Token, from: number, to: number, width: number): Token {
  return { ...t, text: t.text.slice(from, to), start: t.start === null ? null : t.start + from, width, breakAfter: false };
}

/** Greedy line breaking at spaces (and after hyphens and dashes); ragged right. */
export function breakLines(faces: FontFaces, spans: readonly Span[], options: BreakOptions): Line[] {
  const tokens = tokenize(faces, spans, options.preserveNewlines ?? false);
  const lines: Line[] = [];
  let current: Token[] = [];
  let currentWidth = 0;
  let pendingSpaces: Token[] = [];
  const flush = () => {
    lines.push(toLine(faces, current, currentWidth, options, spans[0]?.style));
    current = [];
    currentWidth = 0;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'newline') {
      flush();
      pendingSpaces = [];
      i++;
      continue;
    }
    if (t.kind === 'space') {
      // Spaces opening a line are dropped, except in code, where indentation means something.
      if (current.length || options.preserveNewlines) pendingSpaces.push(t);
      i++;
      continue;
    }
    const word: Token[] = [t];
    let wordWidth = t.width;
    while (!word.at(-1)!.breakAfter && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word') {
      word.push(tokens[++i]!);
      wordWidth += word.at(-1)!.width;
    }
    i++;
    const spaceWidth = pendingSpaces.reduce((s, p) => s + p.width, 0);
    if (current.length && currentWidth + spaceWidth + wordWidth > options.width + 0.001) flush();
    if (current.length || options.preserveNewlines) {
      current.push(...pendingSpaces);
      currentWidth += spaceWidth;
    }
    if (current.length === 0 && wordWidth > options.width + 0.001) {
      // A single word wider than the measure: cut it across lines.
      const pieces = splitWord(faces, word, options.width);
      for (const [n, piece] of pieces.entries()) {
        current = piece;
        currentWidth = piece.reduce((s, p) => s + p.width, 0);
        if (n < pieces.length - 1) flush();
      }
    } else {
      current.push(...word);
      currentWidth += wordWidth;
    }
    pendingSpaces = [];
  }
  if (current.length || lines.length === 0) flush();
  return lines;
}

function toLine(faces: FontFaces, tokens: Token[], width: number, options: BreakOptions, fallback: TextStyle | undefined): Line {
  const segments: Segment[] = [];
  const shift = options.align === 'center' ? (options.width - width) / 2 : options.align === 'right' ? options.width - width : 0;
  let x = shift;
  let ascent = 0;
  let descent = 0;
  let leading = fallback?.leading ?? 0;
  const measureStyle = (s: TextStyle) => {
    const face = faces[s.font];
    ascent = Math.max(ascent, face.ascent * s.size);
    descent = Math.max(descent, -face.descent * s.size);
    leading = Math.max(leading, s.leading);
  };
  if (fallback) measureStyle(fallback);
  for (const t of tokens) {
    measureStyle(t.style);
    const prev = segments.at(-1);
    const contiguous = prev && (prev.start === null ? t.start === null : t.start === prev.start + prev.text.length);
    if (prev && contiguous && prev.style === t.style && prev.href === t.href) {
      prev.text += t.text;
      prev.width += t.width;
    } else {
      const seg: Segment = { text: t.text, style: t.style, x, width: t.width, start: t.start };
      if (t.href) seg.href = t.href;
      segments.push(seg);
    }
    x += t.width;
  }
  return { segments, width, ascent, descent, leading };
}
