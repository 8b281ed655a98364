import type { FontKey } from '../fonts/font-faces';

/** sRGB, each channel 0–1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface TextStyle {
  font: FontKey;
  /** Points. */
  size: number;
  /** Baseline-to-baseline distance, points. */
  leading: number;
  color: Rgb;
}

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return { r: parseInt(m[1]!, 16) / 255, g: parseInt(m[2]!, 16) / 255, b: parseInt(m[3]!, 16) / 255 };
}

export const COLOURS = {
  text: hexToRgb('#1c1c1c'),
  muted: hexToRgb('#5f6368'),
  faint: hexToRgb('#9aa0a6'),
  rule: hexToRgb('#d0d4d8'),
  panel: hexToRgb('#f3f4f6'),
  accent: hexToRgb('#a3171e'),
  accentLight: hexToRgb('#e9b9bb'),
  link: hexToRgb('#1a4f9c'),
  white: hexToRgb('#ffffff'),
} as const;

const style = (font: FontKey, size: number, leading: number, color: Rgb = COLOURS.text): TextStyle => ({ font, size, leading, color });

/**
 * Every text style of the kit; layout and drawing refer to these objects by identity. Two families:
 * Liberation Sans Bold for headings and labels, Liberation Serif for all running and small text
 * (meta lines, running header, timeline labels). Sans regular is kept for code only, so a kit
 * without code embeds four subsets, not five (about 4 KB less per kit).
 */
export const STYLES = {
  body: style('serif', 10.5, 15),
  bodySmall: style('serif', 9.5, 13.5),
  quote: style('serifItalic', 12, 17),
  subhead: style('serifItalic', 13.5, 18, COLOURS.muted),
  headline: style('sansBold', 19, 23.5),
  h2: style('sansBold', 13, 17),
  h3: style('sansBold', 11, 15),
  sectionLabel: style('sansBold', 8.5, 12, COLOURS.accent),
  sectionTitle: style('sansBold', 22, 27),
  label: style('sansBold', 9, 12.5),
  meta: style('serif', 8.5, 12, COLOURS.muted),
  source: style('serifItalic', 8.5, 11.5, COLOURS.muted),
  code: style('sans', 9, 12.5),
  running: style('serif', 8, 10, COLOURS.muted),
  coverKicker: style('sansBold', 10, 14, COLOURS.accent),
  coverTitle: style('sansBold', 30, 36),
  coverSubtitle: style('serifItalic', 17, 23, COLOURS.muted),
  coverPartners: style('sansBold', 14, 19),
  coverLine: style('serif', 12, 17),
  coverSmall: style('serif', 9, 13, COLOURS.muted),
  contentsEntry: style('sansBold', 11, 20),
  contentsSub: style('serif', 10.5, 17),
  timelineLabel: style('serif', 8, 10),
  timelineLane: style('sansBold', 8.5, 11),
  timelineDate: style('serif', 7, 9, COLOURS.muted),
} as const;

// Emphasis inside italic text turns upright; bold faces stay bold (there is no bold italic); sans has no
// italic face, so emphasis there borrows the serif italic.
const EMPHASIS_OF: Record<FontKey, FontKey> = {
  serif: 'serifItalic',
  serifItalic: 'serif',
  serifBold: 'serifBold',
  sans: 'serifItalic',
  sansBold: 'sansBold',
};

const variants = new Map<TextStyle, Map<string, TextStyle>>();

/** The bold/italic/link variant of a style, one shared object per combination (so runs of it merge). */
export function variantOf(base: TextStyle, marks: { strong?: boolean; emphasis?: boolean; code?: boolean; link?: boolean }): TextStyle {
  const key = `${marks.strong ? 'b' : ''}${marks.emphasis ? 'i' : ''}${marks.code ? 'c' : ''}${marks.link ? 'l' : ''}`;
  if (!key) return base;
  let byKey = variants.get(base);
  if (!byKey) variants.set(base, (byKey = new Map()));
  let v = byKey.get(key);
  if (!v) {
    const serif = base.font.startsWith('serif');
    // No bold-italic face is shipped: strong wins, as it carries more weight in a press text.
    let font: FontKey = base.font;
    if (marks.code) font = 'sans';
    else if (marks.strong) font = serif ? 'serifBold' : 'sansBold';
    else if (marks.emphasis) font = EMPHASIS_OF[base.font];
    v = { ...base, font, color: marks.link ? COLOURS.link : base.color };
    byKey.set(key, v);
  }
  return v;
}
