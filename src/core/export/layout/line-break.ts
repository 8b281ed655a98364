import type { FontFaces } from '../fonts/font-faces';
import { isRtl, needsShaping } from '../fonts/scripts';
import { breakOpportunities } from './break-opportunities';
import { measureShaped, specialFor, startsRightToLeft } from './text-runs';
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
  /**
   * False when the breaker saw only characters the styles' own faces draw, left to right and
   * unshaped: the canvas then skips looking for fallback, bidi and shaped runs. Absent: look.
   */
  mixed?: boolean;
}

export interface BreakOptions {
  width: number;
  /** Code blocks: "\n" ends a line instead of acting as a space, and spaces opening a line are kept. */
  preserveNewlines?: boolean;
  /** Prose with Markdown hard breaks: "\n" ends a line; spaces opening a line are still dropped. */
  breakAtNewlines?: boolean;
  align?: 'left' | 'center' | 'right';
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const SOFT_HYPHEN = 0xad;

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
 * Greedy line breaking at spaces and at the opportunities UAX #14 finds inside words (after
 * hyphens and slashes, between CJK characters, at zero-width spaces and soft hyphens); ragged
 * right. A line that ends at a soft hyphen shows a hyphen there; soft hyphens and zero-width
 * spaces elsewhere take no room and are not drawn. One pass over the characters, measuring each
 * from the font's cached advances.
 */
export function breakLines(faces: FontFaces, spans: readonly Span[], options: BreakOptions): Line[] {
  return new LineBreaker(faces, spans, options).run();
}

/**
 * The state of one breakLines call. A class rather than closures inside breakLines: a paragraph
 * is one call, and per-call closures (each named at creation by the TypeScript runner) were a
 * measurable share of a kit's layout.
 */
class LineBreaker {
  private readonly limit: number;
  private readonly preserve: boolean;
  private readonly breakAtNewlines: boolean;
  private readonly lines: Line[] = [];
  private line: Pieces = [];
  private lineWidth = 0;
  private word: Pieces = [];
  private wordWidth = 0;
  private wordChars = 0;
  private spaces: Pieces = [];
  private spacesWidth = 0;
  // The word being read: pieces of earlier spans in `word`, the open piece of this span from wordFrom.
  private wordFrom = -1;
  private pieceWidth = 0;
  /** The open piece has right-to-left or complex-script text: its width comes from the shaper. */
  private pieceShaped = false;
  /** The paragraph has a character a fallback face draws, or right-to-left or shaped text. */
  private mixed = false;
  /** The word being read ends at a soft hyphen: if the line breaks after it, a hyphen is drawn. */
  private wordHyphen = 0;
  /** Breaks inside words (UAX #14) over the paragraph's text, spans concatenated; null: spaces only. */
  private readonly breaks: Uint8Array | null;
  /** Offset of each span in that text. */
  private readonly offsets: number[] = [];

  constructor(
    private readonly faces: FontFaces,
    private readonly spans: readonly Span[],
    private options: BreakOptions,
  ) {
    this.limit = options.width + 0.001;
    this.preserve = options.preserveNewlines ?? false;
    this.breakAtNewlines = this.preserve || (options.breakAtNewlines ?? false);
    let text = '';
    for (const span of spans) {
      this.offsets.push(text.length);
      text += span.text;
    }
    this.breaks = breakOpportunities(text);
    // A paragraph that starts in a right-to-left script sits at the right margin unless told otherwise.
    if (!options.align && startsRightToLeft(text)) this.options = { ...options, align: 'right' };
  }

  run(): Line[] {
    const { spans, faces, breakAtNewlines, breaks } = this;
    for (let si = 0; si < spans.length; si++) {
      const span = spans[si]!;
      const offset = this.offsets[si]!;
      const face = faces[span.style.font];
      const widths = face.widths;
      const scale = span.style.size / 1000;
      const text = span.text;
      for (let i = 0; i < text.length;) {
        const c = text.charCodeAt(i);
        if (breakAtNewlines && c === 0x0a) {
          this.closePiece(si, i);
          this.commitWord();
          this.flush();
          this.spaces = [];
          this.spacesWidth = 0;
          i++;
          continue;
        }
        if (isSpace(c)) {
          this.closePiece(si, i);
          this.commitWord();
          const w = face.width(c) * scale;
          addPiece(this.spaces, si, i, i + 1, w);
          this.spacesWidth += w;
          i++;
          continue;
        }
        if (breaks !== null && breaks[offset + i] === 1 && this.wordChars > 0) {
          this.closePiece(si, i);
          const before = i > 0 ? text.charCodeAt(i - 1) : si > 0 ? spans[si - 1]!.text.charCodeAt(spans[si - 1]!.text.length - 1) : 0;
          this.wordHyphen = before === SOFT_HYPHEN ? face.width(0x2d) * scale : 0;
          this.commitWord();
        }
        let advance = widths[c]!;
        let next = i + 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          advance = face.width(text.codePointAt(i)!);
          next = i + 2;
        } else if (advance !== advance) advance = face.width(c);
        if (this.wordFrom < 0) this.wordFrom = i;
        if (c >= 0x80 && !this.mixed && specialFor(face, c)) this.mixed = true;
        if (c >= 0x0590 && !this.pieceShaped && (needsShaping(c) || isRtl(c))) this.pieceShaped = true;
        const w = advance * scale;
        this.pieceWidth += w;
        this.wordWidth += w;
        this.wordChars++;
        i = next;
      }
      this.closePiece(si, text.length);
    }
    this.commitWord();
    if (this.line.length || this.lines.length === 0) this.flush();
    return this.lines;
  }

  /** Ends the line; `hyphen` > 0: it ends at a soft hyphen, drawn as a hyphen that wide. */
  private flush(hyphen = 0): void {
    const line = toLine(this.faces, this.spans, this.line, this.lineWidth + hyphen, this.options, hyphen > 0);
    line.mixed = this.mixed;
    this.lines.push(line);
    this.line = [];
    this.lineWidth = 0;
    this.lineHyphen = 0;
  }

  /** The line so far ends at a soft hyphen (the hyphen's width), or 0. */
  private lineHyphen = 0;

  private append(pieces: Pieces): void {
    for (let k = 0; k < pieces.length; k += 4) addPiece(this.line, pieces[k]!, pieces[k + 1]!, pieces[k + 2]!, pieces[k + 3]!);
  }

  private commitWord(): void {
    if (!this.word.length) return;
    const hyphen = this.wordHyphen;
    this.wordHyphen = 0;
    // A word ending at a soft hyphen must leave room for the hyphen, in case the line ends after it.
    if (this.line.length && this.lineWidth + this.spacesWidth + this.wordWidth + hyphen > this.limit) {
      // The space where the line breaks stays at its end, drawn but not counted in its width: text
      // extraction, reflow and screen readers then read "long-term strategic", not "long-termstrategic".
      this.append(this.spaces);
      this.flush(this.lineHyphen);
    }
    // Spaces opening a line are dropped, except in code, where indentation means something.
    if (this.line.length || this.preserve) {
      this.append(this.spaces);
      this.lineWidth += this.spacesWidth;
    }
    if (!this.line.length && this.wordWidth > this.limit) this.cutWord();
    else {
      this.append(this.word);
      this.lineWidth += this.wordWidth;
    }
    this.lineHyphen = hyphen;
    this.word = [];
    this.wordWidth = 0;
    this.wordChars = 0;
    this.spaces = [];
    this.spacesWidth = 0;
  }

  /** A single word wider than the measure (a long URL): cut it across lines. */
  private cutWord(): void {
    const word = this.word;
    for (let k = 0; k < word.length; k += 4) {
      const si = word[k]!;
      const span = this.spans[si]!;
      const face = this.faces[span.style.font];
      for (let i = word[k + 1]!; i < word[k + 2]!; i++) {
        const w = (face.width(span.text.charCodeAt(i)) * span.style.size) / 1000;
        if (this.line.length && this.lineWidth + w > this.limit) this.flush();
        addPiece(this.line, si, i, i + 1, w);
        this.lineWidth += w;
      }
    }
  }

  private closePiece(si: number, end: number): void {
    if (this.wordFrom < 0) return;
    if (this.pieceShaped) {
      // Joining forms, ligatures and conjuncts change the width: measure what will be drawn.
      const span = this.spans[si]!;
      const shaped = measureShaped(this.faces[span.style.font], span.text.slice(this.wordFrom, end), span.style.size);
      this.wordWidth += shaped - this.pieceWidth;
      this.pieceWidth = shaped;
      this.pieceShaped = false;
    }
    this.word.push(si, this.wordFrom, end, this.pieceWidth);
    this.wordFrom = -1;
    this.pieceWidth = 0;
  }
}

function toLine(faces: FontFaces, spans: readonly Span[], pieces: Pieces, width: number, options: BreakOptions, hyphen = false): Line {
  const segments: Segment[] = [];
  const shift = options.align === 'center' ? (options.width - width) / 2 : options.align === 'right' ? options.width - width : 0;
  let x = shift;
  let ascent = 0;
  let descent = 0;
  let leading = 0;
  let measured: TextStyle | null = null;
  // Every style on the line (and the paragraph's first, so an empty line has a height) sets its metrics.
  for (let k = -4; k < pieces.length; k += 4) {
    const s = k < 0 ? spans[0]?.style : spans[pieces[k]!]!.style;
    if (!s || s === measured) continue;
    measured = s;
    const face = faces[s.font];
    ascent = Math.max(ascent, face.ascent * s.size);
    descent = Math.max(descent, -face.descent * s.size);
    leading = Math.max(leading, s.leading);
  }
  for (let k = 0; k < pieces.length; k += 4) {
    const span = spans[pieces[k]!]!;
    const from = pieces[k + 1]!;
    const to = pieces[k + 2]!;
    const w = pieces[k + 3]!;
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
  const last = segments.at(-1);
  if (hyphen && last) {
    const w = faces[last.style.font].width(0x2d) * (last.style.size / 1000);
    segments.push({ text: '-', style: last.style, x, width: w, start: null });
  }
  return { segments, width, ascent, descent, leading };
}
