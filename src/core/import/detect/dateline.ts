import type { DraftDateline } from '../../../shared/model/import-draft';
import { findDate } from './dates';
import { evidence, isTextBlock, type Found, type WorkBlock } from './work';

export interface FoundDateline extends Found<DraftDateline> {
  /** The dateline is a line of its own (letterhead style), not the start of the lead paragraph. */
  standalone: boolean;
}

// After the date or place: a dash, a colon, a full stop, a closing bracket, or the end of the line.
// "/PRNewswire/ --" and ".-" (Spanish) count as separators too.
const SEPARATOR =
  /^\s*[\])]?\s*(?:\/[\p{L} -]{2,30}\/\s*|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|PRNewswire|ACCESSWIRE|Marketwired|EQS[\p{L} -]{0,20}|ots|dpa|ANTARA|EFE)\)\s*)?(?:\.?[–—―-]{1,2}|:|\.|\||\/)(?=\s|$|\p{Lu})|^\s*[\])]?\s*$/u;
const TIME_AFTER = /^\s*(?:[–—-]|,|um|at|pukul|a las|à)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|WIB|WITA|WIT|CET|CEST|MEZ|MESZ|UTC|GMT|h))?/i;
const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i;
/** News agencies and outlets in a dateline are not the place ("Liputan6.com, Jakarta –", "BERLIN (dpa) –"). */
const AGENCY =
  /\.(?:com|co|id|de|es|fr|net|org)\b|^(?:antara|antaranews|reuters|afp|ap|dpa|epa|efe|europa press|bernama|xinhua|kyodo|yonhap|ots|apa|sda|ansa|pr newswire|prnewswire|business wire|businesswire|globe newswire|kompas|detik(?:com)?|tempo|tribunnews|liputan6|cnn indonesia|jawapos)$/i;
const CONNECTORS = /^(?:le|den|am|el|a|de|del|la|du|di|pada|on|the)$/i;

/** "WETZLAR, Germany" · "YOKOHAMA (JAPAN)" · "Liputan6.com, Jakarta" → the place, agencies removed; undefined if not place-like. */
function placeFrom(raw: string): string | undefined {
  let t = raw
    .trim()
    .replace(/^[[(]\s*/, '')
    .replace(/[\s,]+$/, '');
  // "Jakarta, Senin (23/5)" and "PARIS, le": weekday and connector words before the date.
  const words = t.split(/\s+/);
  while (
    words.length > 0 &&
    (CONNECTORS.test(words[words.length - 1]!) ||
      WEEKDAY.test(words[words.length - 1]!.replace(/[,(]$/, '')) ||
      /^[,(]$/.test(words[words.length - 1]!))
  )
    words.pop();
  t = words.join(' ').replace(/[\s,(]+$/, '');
  if (!t) return '';
  const parts = t
    .split(/\s*,\s*/)
    .map((p) => p.replace(/\s*\((?:dpa|afp|ap|reuters|antara|ots|efe|apa|sda|ansa|bernama|xinhua|kyodo|yonhap)\)\s*/i, ' ').trim())
    .filter((p) => p && !AGENCY.test(p));
  const place = parts.join(', ');
  if (!place || place.length > 60) return undefined;
  const tokens = place.split(/\s+/);
  if (tokens.length > 6) return undefined;
  // Every word capitalised (or a bracketed country, or a connector like "de", "am", "an der").
  const ok = tokens.every((w) => /^[(]?\p{Lu}/u.test(w) || /^(?:de|del|la|am|an|der|di|upon|on|sur|en|im|bei|dos|das)$/.test(w));
  return ok ? place : undefined;
}

function datelineIn(block: WorkBlock, language: string): { dateline: DraftDateline; confidence: number; standalone: boolean } | undefined {
  const text = block.text.trim();
  const head = text.slice(0, 160);
  const date = findDate(head, language);
  if (date && date.index <= 70) {
    let rest = head.slice(date.index + date.length);
    const time = TIME_AFTER.exec(rest);
    if (time) rest = rest.slice(time[0].length);
    // "[Wetzlar, 25th February, 2016] Steinberg…": a bracketed dateline needs no other separator.
    const bracketed = /^\s*[[(]/.test(head) && /^\s*[\])]/.test(rest);
    const sep = bracketed ? /^\s*[\])]\s*(?:[–—-]\s*)?/.exec(rest) : SEPARATOR.exec(rest.replace(/^\s*\)/, ''));
    if (sep) {
      const place = placeFrom(head.slice(0, date.index));
      if (place !== undefined) {
        const cut =
          date.index +
          date.length +
          (time?.[0].length ?? 0) +
          (bracketed ? 0 : rest.length - rest.replace(/^\s*\)/, '').length) +
          sep[0].length;
        const raw = head.slice(0, cut).trim();
        const standalone = text.length <= cut + 2;
        const dateline: DraftDateline = { text: raw, ...(place ? { place } : {}), date: date.iso };
        return { dateline, confidence: Math.min(date.confidence, place ? 0.9 : 0.8), standalone };
      }
    }
  }
  // A place and a dash, no date: "YOKOHAMA (JAPAN) –", "Liputan6.com, Jakarta -", "JAKARTA, KOMPAS.com -".
  // "SAN FRANCISCO--(BUSINESS WIRE)--Acme…": the wire services' own form, no spaces around the dashes.
  const wire =
    /^([\p{Lu}][\p{Lu} .,'-]{1,40}?)\s*--\s*\((?:BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire|ACCESSWIRE|Marketwired)\)\s*--\s*/u.exec(
      text.slice(0, 100),
    );
  if (wire) {
    const place = placeFrom(wire[1]!);
    if (place) return { dateline: { text: wire[0].trim(), place }, confidence: 0.85, standalone: false };
  }
  const dash = /\s(?:[–—-]{1,2})\s/.exec(text.slice(0, 80));
  if (dash && dash.index >= 2) {
    const before = text.slice(0, dash.index);
    const place = placeFrom(before);
    const firstWord = before.trim().split(/[\s,]+/)[0] ?? '';
    const emphatic =
      (firstWord.length >= 3 && firstWord === firstWord.toUpperCase() && /\p{Lu}/u.test(firstWord)) ||
      AGENCY.test(before.split(',')[0]!.trim()) ||
      /\(/.test(before);
    if (place && emphatic && text.length > dash.index + 40) {
      return { dateline: { text: text.slice(0, dash.index + dash[0].length).trim(), place }, confidence: 0.75, standalone: false };
    }
  }
  return undefined;
}

/**
 * The dateline: at the start of one of the first text blocks after the headline (or a line of its
 * own near the top). Place and ISO date separately, the printed text kept; never a guessed date.
 */
export function detectDateline(blocks: WorkBlock[], language: string): FoundDateline | undefined {
  const text = blocks.filter(isTextBlock);
  const candidates = text.slice(0, 14);
  for (const [i, block] of candidates.entries()) {
    if (block.kind === 'heading' && block.text.length > 80) continue;
    const found = datelineIn(block, language);
    if (!found) continue;
    let result: FoundDateline = {
      value: found.dateline,
      confidence: found.confidence,
      evidence: evidence(block.where, block.text),
      blockIndex: block.index,
      standalone: found.standalone,
    };
    // A date on a line of its own, then "Hamburg (ots) – …" in the lead: one dateline, the lead's text and place, the line's date.
    if (found.standalone && !found.dateline.place) {
      for (const later of candidates.slice(i + 1, i + 5)) {
        const placed = datelineIn(later, language);
        if (placed?.dateline.place && !placed.dateline.date) {
          result = {
            value: { ...placed.dateline, date: found.dateline.date! },
            confidence: Math.min(found.confidence, placed.confidence),
            evidence: evidence(later.where, `${block.text.trim()} · ${later.text}`),
            blockIndex: later.index,
            standalone: false,
          };
          break;
        }
      }
    }
    return result;
  }
  return undefined;
}

/** "Originally published on 5 March 2024", "Publicado el …", "Diterbitkan …" in the last blocks. */
export function detectClosingDate(blocks: WorkBlock[], language: string): FoundDateline | undefined {
  const text = blocks.filter((b) => b.kind !== 'image' && b.text.trim());
  for (const block of text.slice(-8).reverse()) {
    const m =
      /^(?:originally published|first published|published|posted|diterbitkan|dipublikasikan|veröffentlicht|erstmals veröffentlicht|publicado|publié|publicación original)\b[^.\n]{0,80}/i.exec(
        block.text.trim(),
      );
    if (!m) continue;
    const date = findDate(m[0], language);
    if (!date) continue;
    const raw = m[0].slice(0, date.index + date.length).trim();
    return {
      value: { text: raw, date: date.iso },
      confidence: Math.min(date.confidence, 0.6),
      evidence: evidence(block.where, block.text),
      blockIndex: block.index,
      standalone: true,
    };
  }
  return undefined;
}
