import { FONT_KEYS, FontUsage, type FontFace, type FontFaces } from '../fonts/font-faces';

/**
 * The fonts one export draws with: the kit's five faces (F1–F5) and each fallback face the text
 * needed, named F6, F7… in order of first use, each with what it drew (for subsetting, widths and
 * ToUnicode).
 */
export class FontResources {
  private readonly names = new Map<FontFace, string>();
  private readonly usages = new Map<FontFace, FontUsage>();

  constructor(faces: FontFaces) {
    FONT_KEYS.forEach((key, i) => this.names.set(faces[key], `F${i + 1}`));
  }

  name(face: FontFace): string {
    let name = this.names.get(face);
    if (!name) this.names.set(face, (name = `F${this.names.size + 1}`));
    return name;
  }

  usage(face: FontFace): FontUsage {
    let usage = this.usages.get(face);
    if (!usage) this.usages.set(face, (usage = new FontUsage()));
    return usage;
  }

  /** Faces that drew something, in resource-name order. */
  used(): { face: FontFace; name: string; usage: FontUsage }[] {
    const out: { face: FontFace; name: string; usage: FontUsage }[] = [];
    for (const [face, name] of this.names) {
      const usage = this.usages.get(face);
      if (usage && usage.cids.size) out.push({ face, name, usage });
    }
    return out;
  }

  /** Characters drawn as .notdef boxes because no face found has them. */
  get missingCharacters(): string[] {
    return [...new Set([...this.usages.values()].flatMap((u) => u.missingCharacters))];
  }
}
