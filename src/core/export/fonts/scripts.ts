/**
 * The Unicode scripts the fallback chain picks fonts for, by code point range (the blocks a press
 * text uses; anything else goes to the generic fonts). Ranges sorted by start.
 */
export type Script =
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'cjk'
  | 'hangul'
  | 'emoji'
  | 'armenian'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'oriya'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'malayalam'
  | 'sinhala'
  | 'thai'
  | 'lao'
  | 'tibetan'
  | 'myanmar'
  | 'georgian'
  | 'ethiopic'
  | 'khmer'
  | 'other';

const RANGES: [number, number, Script][] = [
  [0x0530, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0870, 0x08ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0b00, 0x0b7f, 'oriya'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x0c00, 0x0c7f, 'telugu'],
  [0x0c80, 0x0cff, 'kannada'],
  [0x0d00, 0x0d7f, 'malayalam'],
  [0x0d80, 0x0dff, 'sinhala'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x0e80, 0x0eff, 'lao'],
  [0x0f00, 0x0fff, 'tibetan'],
  [0x1000, 0x109f, 'myanmar'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1200, 0x139f, 'ethiopic'],
  [0x1780, 0x17ff, 'khmer'],
  [0x2300, 0x23ff, 'emoji'],
  [0x2600, 0x27bf, 'emoji'],
  [0x2b00, 0x2bff, 'emoji'],
  [0x2e80, 0x2fdf, 'cjk'],
  [0x3000, 0x30ff, 'cjk'],
  [0x3130, 0x318f, 'hangul'],
  [0x3190, 0x9fff, 'cjk'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0xa960, 0xa97f, 'hangul'],
  [0xac00, 0xd7ff, 'hangul'],
  [0xf900, 0xfaff, 'cjk'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe30, 0xfe4f, 'cjk'],
  [0xfe70, 0xfeff, 'arabic'],
  [0xff00, 0xffef, 'cjk'],
  [0x1f000, 0x1faff, 'emoji'],
  [0x20000, 0x3ffff, 'cjk'],
];

export function scriptOf(cp: number): Script {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [start, end, script] = RANGES[mid]!;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return script;
  }
  return 'other';
}

/** Right-to-left letters (bidi classes R and AL): Hebrew, Arabic, Syriac, Thaana, NKo…, their presentation forms. */
export function isRtl(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

/**
 * Characters whose glyphs depend on their neighbours (joining, reordering, conjuncts, mark
 * placement): these runs go through the shaper; all others are drawn glyph per character.
 */
export function needsShaping(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x109f) ||
    (cp >= 0x1700 && cp <= 0x1cff) ||
    (cp >= 0xa800 && cp <= 0xabff) ||
    (cp >= 0xfb1d && cp <= 0xfeff) ||
    (cp >= 0x10a00 && cp <= 0x11fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff) ||
    cp === 0x200c ||
    cp === 0x200d
  );
}

/** True when a text has any character at or above U+0590 (a cheap test before looking closer). */
export function hasComplexCandidate(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0590) return true;
  return false;
}
