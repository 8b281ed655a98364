import { findDate, toDateTime } from './dates';
import { evidence, type Found, type WorkBlock } from './work';

/** "FOR IMMEDIATE RELEASE", "Press release", "Pressemitteilung", "Siaran Pers", "Comunicado de prensa"… */
const RELEASE_LINE =
  /^(?:for immediate release|immediate release|for release|press release|news release|media release|media statement|pressemitteilung|presseinformation|pressemeldung|medienmitteilung|presse-information|siaran pers|rilis pers|press rilis|informasi pers|comunicado de prensa|comunicado|nota de prensa|nota informativa|communiqué de presse|communiqué|information presse|persbericht|comunicato stampa|comunicado à imprensa)\b/i;

/** "EMBARGOED UNTIL …", "Sperrfrist: …", "Embargo hingga …", "Embargo hasta …", "Sous embargo jusqu'au …". */
const EMBARGO =
  /\b(?:embargoed? (?:until|till|to|hingga|sampai|hasta|bis)|under embargo (?:until|till)|embargo:|embargo\s*-|sperrfrist|embargo hingga|embargo sampai|embargo hasta|sous embargo jusqu|embargo jusqu|not for (?:publication|release) (?:before|until))/i;

export function isReleaseLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && (RELEASE_LINE.test(t) || EMBARGO.test(t));
}

/** An embargo stated in one of the first blocks, as an ISO date-time. */
export function detectEmbargo(blocks: WorkBlock[], language: string): Found<string> | undefined {
  for (const block of blocks.slice(0, 12)) {
    const text = block.text.slice(0, 300);
    const m = EMBARGO.exec(text);
    if (!m) continue;
    const tail = text.slice(m.index);
    const date = findDate(tail, language);
    if (!date) continue;
    const { iso, zoneKnown } = toDateTime(tail, date);
    const confidence = Math.min(date.confidence, zoneKnown ? 0.9 : 0.55);
    return { value: iso, confidence, evidence: evidence(block.where, text), blockIndex: block.index };
  }
  return undefined;
}
