import type { BlockRole, DraftBlock, Evidence } from '../../../shared/model/import-draft';
import { slugify as slugifyText } from '../../../shared/text/slug';

/** A block while the detector works on it: the reader's block plus the role it has been given so far. */
export interface WorkBlock {
  /** Position in its source's block list. */
  index: number;
  kind: DraftBlock['kind'];
  level?: number;
  text: string;
  markdown: string;
  where: string;
  role: BlockRole;
  reason?: string;
  assetFile?: string;
}

/** One detected value with how sure the detector is and what it rests on. */
export interface Found<T> {
  value: T;
  confidence: number;
  evidence: Evidence;
  /** The block the value was read from, when it comes from the text. */
  blockIndex?: number;
}

const EVIDENCE_TEXT_MAX = 300;

export function evidence(where: string, text: string): Evidence {
  const clean = text.replace(/\s+/g, ' ').trim();
  return { where: where.slice(0, 200), text: clean.length > EVIDENCE_TEXT_MAX ? `${clean.slice(0, EVIDENCE_TEXT_MAX - 1)}…` : clean };
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0';
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** Body text blocks the detector reads for structure (furniture and images are skipped). */
export function isTextBlock(block: WorkBlock): boolean {
  return block.role !== 'furniture' && block.kind !== 'image' && block.text.trim().length > 0;
}

/** A line that reads like a title: short, not a full sentence ending in a period. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 240 || t.includes('\n')) return false;
  const words = wordCount(t);
  if (words > 35) return false;
  // A title may end in "?" or "!" but rarely in "." unless very short ("Xiaomi Corp.").
  if (/[.;,]$/.test(t) && !/\b(?:Inc|Corp|Ltd|Co|S\.A|AG|Tbk)\.$/.test(t)) return false;
  return true;
}

/** Lower-case slug for ids: "Lei Jun" → "lei-jun". */
export function slugify(text: string): string {
  return slugifyText(text, 'item');
}

/** Makes ids unique within one draft ("lei-jun", "lei-jun-2"). */
export class IdMaker {
  private readonly used = new Set<string>();
  make(base: string): string {
    const root = slugify(base);
    let id = root;
    for (let n = 2; this.used.has(id); n += 1) id = `${root}-${n}`;
    this.used.add(id);
    return id;
  }
}
