import { isReleaseLine } from './release-line';
import { findDate } from './dates';
import { evidence, isTextBlock, isTitleLike, wordCount, type Found, type WorkBlock } from './work';

export interface Headlines {
  headline?: Found<string>;
  subhead?: Found<string>;
}

/** Lines above or below a headline that are not it: release lines, bare dates, logos, "Page 1". */
function isPreamble(text: string, language: string): boolean {
  const t = text.trim();
  if (isReleaseLine(t)) return true;
  if (/^(?:page|seite|halaman|página)\s+\d+/i.test(t)) return true;
  const date = findDate(t, language);
  // A line that is mostly a date ("5 March 2024", "Jakarta, 5 Maret 2024").
  if (date && t.length - date.length <= 30) return true;
  // A logo or brand line: one to three words in capitals, no sentence ("LEICA", "XIAOMI GROUP").
  if (wordCount(t) <= 3 && t === t.toUpperCase() && /\p{Lu}/u.test(t)) return true;
  return false;
}

/** "Here is the official statement:", "Berikut pernyataan resmi dari Leica" — a lead-in, not a headline. */
function isLeadIn(text: string, otherLanguage: (t: string) => boolean): boolean {
  const t = text.trim();
  if (t.endsWith(':')) return true;
  return otherLanguage(t);
}

/**
 * Headline and subhead. With headings (HTML, Markdown, DOCX): the first level-1 (or highest) heading
 * and the heading or short line right after it. Without: the title-like lines right above the
 * dateline paragraph, or the first title-like lines at the top, skipping release lines, dates and logos.
 */
export function detectHeadlines(
  blocks: WorkBlock[],
  datelineIndex: number | undefined,
  language: string,
  otherLanguage: (t: string) => boolean,
  structuredHeadline?: string,
): Headlines {
  const text = blocks.filter(isTextBlock);
  if (structuredHeadline) {
    const b = text.find((x) => x.text.trim() === structuredHeadline.trim());
    if (b) {
      const next = text[text.indexOf(b) + 1];
      return {
        headline: { value: b.text.trim(), confidence: 0.98, evidence: evidence(b.where, b.text), blockIndex: b.index },
        ...subheadAfter(next, language),
      };
    }
  }
  const headings = text.filter((b) => b.kind === 'heading' && !isPreamble(b.text, language));
  const top = headings.length > 0 ? Math.min(...headings.map((h) => h.level ?? 1)) : undefined;
  const h = headings.find(
    (b) => (b.level ?? 1) === top && (datelineIndex === undefined || b.index < datelineIndex) && b.text.trim().length >= 8,
  );
  if (h && h.index < (text[Math.min(text.length - 1, 12)]?.index ?? 0) + 1) {
    const next = text[text.indexOf(h) + 1];
    return {
      headline: { value: h.text.trim(), confidence: 0.9, evidence: evidence(h.where, `<h${h.level ?? 1}> ${h.text}`), blockIndex: h.index },
      ...subheadAfter(next, language),
    };
  }
  // Plain text: the run of title-like lines just above the dateline paragraph.
  if (datelineIndex !== undefined) {
    const before = text.filter((b) => b.index < datelineIndex).slice(-5);
    const run: WorkBlock[] = [];
    for (let i = before.length - 1; i >= 0; i -= 1) {
      const b = before[i]!;
      if (!isTitleLike(b.text)) break;
      run.unshift(b);
    }
    const titles = run.filter((b) => !isPreamble(b.text, language) && !isLeadIn(b.text, otherLanguage));
    const headline = titles.find((b) => wordCount(b.text) >= 3) ?? titles[0];
    if (headline) {
      const sub = titles[titles.indexOf(headline) + 1];
      return {
        headline: {
          value: headline.text.trim(),
          confidence: 0.8,
          evidence: evidence(headline.where, headline.text),
          blockIndex: headline.index,
        },
        ...(sub
          ? { subhead: { value: sub.text.trim(), confidence: 0.7, evidence: evidence(sub.where, sub.text), blockIndex: sub.index } }
          : {}),
      };
    }
  }
  // No dateline: the first title-like line near the top that is followed by text.
  const head = text.slice(0, 8);
  for (const [i, b] of head.entries()) {
    if (!isTitleLike(b.text) || isPreamble(b.text, language) || isLeadIn(b.text, otherLanguage) || wordCount(b.text) < 3) continue;
    const next = head[i + 1];
    return {
      headline: { value: b.text.trim(), confidence: 0.65, evidence: evidence(b.where, b.text), blockIndex: b.index },
      ...subheadAfter(next, language),
    };
  }
  return {};
}

/** The line right after the headline is a subhead when it is a heading or a short title-like line. */
function subheadAfter(next: WorkBlock | undefined, language: string): Pick<Headlines, 'subhead'> {
  if (!next || isPreamble(next.text, language)) return {};
  const t = next.text.trim();
  const headingLike = next.kind === 'heading' && t.length <= 300;
  const shortLine = next.kind === 'paragraph' && isTitleLike(t) && wordCount(t) >= 3 && t.length <= 200;
  if (!headingLike && !shortLine) return {};
  return { subhead: { value: t, confidence: headingLike ? 0.8 : 0.6, evidence: evidence(next.where, t), blockIndex: next.index } };
}
