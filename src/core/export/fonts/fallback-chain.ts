import { readFileSync } from 'node:fs';
import { FontFace } from './font-faces';
import { scriptOf, type Script } from './scripts';
import { fontFileIndex } from './system-fonts';
import { TrueTypeFont } from './sfnt';

/** Which face of a CJK collection draws Han characters: the kit's Chinese, Japanese or Korean forms. */
export type CjkVariant = 'sc' | 'tc' | 'jp' | 'kr';

/** Face index of each variant inside Noto's CJK collections (NotoSansCJK-Regular.ttc: JP, KR, SC, TC, HK). */
const NOTO_CJK_INDEX: Record<CjkVariant, number> = { jp: 0, kr: 1, sc: 2, tc: 3 };

interface Candidate {
  file: string;
  index: number;
}

/** Noto family stems per script: [sans, serif]; files are `<stem>-Regular.ttf` / `-Bold.ttf`. */
const NOTO: Partial<Record<Script, [string, string]>> = {
  arabic: ['NotoSansArabic', 'NotoNaskhArabic'],
  hebrew: ['NotoSansHebrew', 'NotoSerifHebrew'],
  devanagari: ['NotoSansDevanagari', 'NotoSerifDevanagari'],
  armenian: ['NotoSansArmenian', 'NotoSerifArmenian'],
  bengali: ['NotoSansBengali', 'NotoSerifBengali'],
  gurmukhi: ['NotoSansGurmukhi', 'NotoSerifGurmukhi'],
  gujarati: ['NotoSansGujarati', 'NotoSerifGujarati'],
  oriya: ['NotoSansOriya', 'NotoSansOriya'],
  tamil: ['NotoSansTamil', 'NotoSerifTamil'],
  telugu: ['NotoSansTelugu', 'NotoSerifTelugu'],
  kannada: ['NotoSansKannada', 'NotoSerifKannada'],
  malayalam: ['NotoSansMalayalam', 'NotoSerifMalayalam'],
  sinhala: ['NotoSansSinhala', 'NotoSerifSinhala'],
  thai: ['NotoSansThai', 'NotoSerifThai'],
  lao: ['NotoSansLao', 'NotoSerifLao'],
  tibetan: ['NotoSerifTibetan', 'NotoSerifTibetan'],
  myanmar: ['NotoSansMyanmar', 'NotoSerifMyanmar'],
  georgian: ['NotoSansGeorgian', 'NotoSerifGeorgian'],
  ethiopic: ['NotoSansEthiopic', 'NotoSerifEthiopic'],
  khmer: ['NotoSansKhmer', 'NotoSerifKhmer'],
};

/** Fonts of other systems per script, tried after Noto (macOS, Windows; best effort). */
const OTHERS: Partial<Record<Script, string[]>> = {
  arabic: ['arial.ttf', 'tahoma.ttf', 'GeezaPro.ttc'],
  hebrew: ['arial.ttf', 'ArialHB.ttc'],
  devanagari: ['Nirmala.ttf', 'Nirmala.ttc', 'mangal.ttf', 'Kohinoor.ttc'],
  cjk: ['msyh.ttc', 'YuGothR.ttc', 'Hiragino Sans GB.ttc', 'PingFang.ttc'],
  hangul: ['malgun.ttf', 'AppleSDGothicNeo.ttc'],
};

/**
 * Monochrome outline fonts with emoji: Noto Color Emoji is a bitmap (CBDT) font a PDF cannot draw
 * as text, so emoji come from Noto Emoji (monochrome) or Symbola (Debian's fonts-symbola).
 */
const EMOJI = ['NotoEmoji-Regular.ttf', 'Symbola_hint.ttf', 'Symbola.ttf', 'seguiemj.ttf', 'seguisym.ttf'];

/** Tried for any character the script's fonts lack (Latin, Greek and Cyrillic extensions, symbols, maths). */
const GENERIC = [
  'NotoSans-Regular.ttf',
  'NotoSerif-Regular.ttf',
  'NotoSansSymbols-Regular.ttf',
  'NotoSansSymbols2-Regular.ttf',
  'NotoSansMath-Regular.ttf',
  'DejaVuSans.ttf',
  'Symbola_hint.ttf',
  'Symbola.ttf',
  'seguisym.ttf',
  'Arial Unicode.ttf',
  'arialuni.ttf',
];

const single = (file: string): Candidate => ({ file, index: 0 });

/** The files to try for a character of `script` in a face of this style, best first. */
function candidates(script: Script, serif: boolean, bold: boolean, cjk: CjkVariant): Candidate[] {
  const weights = bold ? ['Bold', 'Regular'] : ['Regular'];
  const out: Candidate[] = [];
  if (script === 'cjk' || script === 'hangul') {
    const index = NOTO_CJK_INDEX[script === 'hangul' ? 'kr' : cjk];
    const families = serif ? ['NotoSerifCJK', 'NotoSansCJK'] : ['NotoSansCJK', 'NotoSerifCJK'];
    for (const w of weights) for (const f of families) out.push({ file: `${f}-${w}.ttc`, index });
    // Distributions that ship one OpenType file per region instead of the collection.
    const region = script === 'hangul' ? 'kr' : cjk;
    for (const w of weights) for (const f of families) out.push(single(`${f}${region}-${w}.otf`));
  } else if (script === 'emoji') out.push(...EMOJI.map(single));
  else {
    const stems = NOTO[script];
    if (stems) {
      const [sans, serifStem] = stems;
      const families = serif ? [serifStem, sans] : [sans, serifStem];
      for (const w of weights) for (const f of families) out.push(single(`${f}-${w}.ttf`));
    }
  }
  out.push(...(OTHERS[script] ?? []).map(single));
  if (script === 'other' && bold) out.push(single('NotoSans-Bold.ttf'));
  out.push(...GENERIC.map(single));
  return out;
}

/**
 * The fallback chain after the kit's own fonts: fonts found on the machine, picked per character —
 * the first candidate with a glyph for it, candidates ordered by the character's script and the
 * asking face's style (serif or sans, bold or regular). Faces are read when first needed.
 */
export class FallbackChain {
  readonly key: string;
  private readonly faces = new Map<string, FontFace | null>();
  private readonly files = new Map<string, Uint8Array>();
  private index: Map<string, string> | null = null;

  constructor(
    private readonly dirs: readonly string[],
    private readonly cjk: CjkVariant,
  ) {
    this.key = `${dirs.join('\n')}\n${cjk}`;
  }

  /** The face that draws `cp` for a kit face that lacks it, or null when no font found has it. */
  faceFor(cp: number, asking: FontFace): FontFace | null {
    for (const c of candidates(scriptOf(cp), asking.serif, asking.bold, this.cjk)) {
      const face = this.load(c);
      if (face && face.glyphId(cp) !== 0) return face;
    }
    return null;
  }

  private load(c: Candidate): FontFace | null {
    const key = `${c.file}#${c.index}`;
    const known = this.faces.get(key);
    if (known !== undefined) return known;
    this.index ??= fontFileIndex(this.dirs);
    const file = this.index.get(c.file.toLowerCase());
    let face: FontFace | null = null;
    if (file) {
      try {
        let bytes = this.files.get(file);
        if (!bytes) this.files.set(file, (bytes = new Uint8Array(readFileSync(file))));
        const font = new TrueTypeFont(bytes, file, c.index);
        const name = c.file.toLowerCase();
        face = new FontFace(key, font, true, name.includes('serif') || name.includes('naskh'), name.includes('bold'));
      } catch {
        // Not a font we can read (a bitmap-only or damaged file): the chain goes on to the next.
        face = null;
      }
    }
    this.faces.set(key, face);
    return face;
  }
}
