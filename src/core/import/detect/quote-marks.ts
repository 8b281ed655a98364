/**
 * Quotation spans in one paragraph: “…” „…“ «…» » … « ‘…’ ‚…‘ "…" ''…'' and « … » with spaces.
 * One left-to-right pass: every search starts where the last one ended, so the scan is linear; an
 * opening mark that never closes makes the rest of the paragraph the quote (and ends the scan).
 */
export interface QuoteSpan {
  /** The quoted words: [start, end) in the paragraph, marks excluded. */
  start: number;
  end: number;
  /** Index of the opening mark (-1: the paragraph's start, when only a closing mark is written). */
  open: number;
  /** Index just after the closing mark (the paragraph length when unclosed). */
  after: number;
  closed: boolean;
}

const CLOSERS: Record<string, string> = {
  '\u201c': '\u201d\u201c', // “ → ” (or “ as some typesetters close)
  '\u201e': '\u201c\u201d', // „ → “ or ”
  '\u00ab': '\u00bb', // « → »
  '\u00bb': '\u00ab', // » → « (German, Swiss)
  '\u2018': '\u2019', // ‘ → ’
  '\u201a': '\u2018\u2019', // ‚ → ‘
  '"': '"',
};

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

function opensAt(text: string, i: number): string | undefined {
  const ch = text[i]!;
  if (ch === "'" && text[i + 1] === "'") return isSpace(text[i - 1]) || /[([—–:]/.test(text[i - 1]!) ? "''" : undefined;
  if (!(ch in CLOSERS)) return undefined;
  const before = text[i - 1];
  // An opening mark follows a space, a bracket, a dash or a colon — not a letter ("Xiaomi‘s" is no quote).
  if (isLetter(before) && ch !== '\u201e') return undefined;
  if (ch === '"' && isSpace(text[i + 1])) return undefined;
  return ch;
}

function findClose(text: string, opener: string, from: number): number {
  if (opener === "''") {
    const j = text.indexOf("''", from);
    return j;
  }
  const closers = CLOSERS[opener]!;
  for (let j = from; j < text.length; j += 1) {
    const ch = text[j]!;
    if (!closers.includes(ch)) continue;
    // ’ is also the apostrophe: it closes only when no letter follows ("Xiaomi’s" goes on).
    if (ch === '\u2019' && isLetter(text[j + 1])) continue;
    if (opener === '"' && isLetter(text[j - 1]) === false && isLetter(text[j + 1])) continue;
    return j;
  }
  return -1;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e -= 1;
  return [s, e];
}

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const opener = opensAt(text, i);
    if (!opener) {
      i += 1;
      continue;
    }
    const contentStart = i + opener.length;
    const close = findClose(text, opener, contentStart);
    if (close < 0) {
      const [s, e] = trimSpan(text, contentStart, text.length);
      if (e > s) spans.push({ start: s, end: e, open: i, after: text.length, closed: false });
      break;
    }
    const [s, e] = trimSpan(text, contentStart, close);
    if (e > s) spans.push({ start: s, end: e, open: i, after: close + (opener === "''" ? 2 : 1), closed: true });
    i = close + (opener === "''" ? 2 : 1);
  }
  return spans;
}

/**
 * A paragraph with a closing mark but no opening one (the opening mark was lost, or opened in an
 * earlier paragraph): "… to the extreme,’ says Lei Jun". Returns the index of that closing mark.
 */
export function orphanClose(text: string): number {
  const m = /[,.!?]\s?[\u2019\u201d"\u00bb\u201c]\s+\S/u.exec(text);
  if (!m) return -1;
  const mark = m[0].search(/[\u2019\u201d"\u00bb\u201c]/u);
  return m.index + mark;
}
