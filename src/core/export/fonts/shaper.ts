import type { FontFace } from './font-faces';

/**
 * Text shaping with HarfBuzz (harfbuzzjs, WebAssembly): Arabic joining forms and lam-alef
 * ligatures, Hebrew points, Indic conjuncts and vowel reordering — the reference shaper Chromium,
 * Firefox and LibreOffice use, rather than rules written by hand. Loaded once per process, and only
 * when a kit has text that needs it (a Latin kit never pays for the WebAssembly start-up).
 */
type HarfBuzz = typeof import('harfbuzzjs');

let hb: HarfBuzz | null = null;
let loading: Promise<HarfBuzz> | null = null;

export async function loadShaper(): Promise<void> {
  loading ??= import('harfbuzzjs');
  hb = await loading;
}

/** One shaped glyph; advances and offsets in 1/1000 em (PDF glyph space). */
export interface ShapedGlyph {
  gid: number;
  advance: number;
  dx: number;
  dy: number;
  /** Offset in the shaped text of the first character this glyph stands for. */
  cluster: number;
}

const fonts = new WeakMap<FontFace, InstanceType<HarfBuzz['Font']>>();

function fontOf(h: HarfBuzz, face: FontFace): InstanceType<HarfBuzz['Font']> {
  let font = fonts.get(face);
  if (!font) {
    const blob = new h.Blob(face.font.bytes);
    font = new h.Font(new h.Face(blob, face.font.faceIndex));
    fonts.set(face, font);
  }
  return font;
}

const cache = new Map<string, ShapedGlyph[]>();
const CACHE_MAX = 4000;

/**
 * Glyphs of `text` in `face`, in visual order (left to right, also for right-to-left text). Without
 * the shaper (not loaded), one glyph per character from the face's cmap.
 */
export function shape(face: FontFace, text: string, rtl: boolean): ShapedGlyph[] {
  const key = `${face.key}\n${rtl ? 'r' : 'l'}${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let out: ShapedGlyph[];
  if (!hb) {
    out = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      const gid = face.glyphId(cp);
      out.push({ gid, advance: face.glyphWidth(gid), dx: 0, dy: 0, cluster: i });
      if (cp > 0xffff) i++;
    }
    if (rtl) out.reverse();
  } else {
    const font = fontOf(hb, face);
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    hb.shape(font, buffer);
    const scale = 1000 / face.font.unitsPerEm;
    const positions = buffer.getGlyphPositions();
    out = buffer.getGlyphInfos().map((info, i) => {
      const p = positions[i]!;
      return {
        gid: info.codepoint,
        advance: p.xAdvance * scale,
        dx: p.xOffset * scale,
        dy: p.yOffset * scale,
        cluster: info.cluster,
      };
    });
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  return out;
}

/** Width of shaped text in 1/1000 em. */
export function shapedAdvance(face: FontFace, text: string, rtl: boolean): number {
  let total = 0;
  for (const g of shape(face, text, rtl)) total += g.advance;
  return total;
}
