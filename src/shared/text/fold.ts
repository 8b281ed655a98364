/**
 * Folding for find-in-bundle: case, accents (NFD, combining marks dropped), typographic quotes and
 * dashes, and runs of white space all compare equal, so "huawei" finds "HUAWEI", "kerjasama" finds
 * "Kerjasama", "cafe" finds "Café" and "world's" finds "world’s". The folded text keeps a map back to
 * the original offsets, so a match highlights exactly the original characters it came from.
 */
export interface FoldedText {
  /** What queries are matched against. */
  text: string;
  /** For each UTF-16 unit of `text`: the original offset where its source character starts. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`: the original offset where its source character (and any dropped marks after it) ends. */
  ends: Uint32Array;
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITE_SPACE = /\s/u;
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u2033': '"', // ″
  '\u2010': '-', // ‐
  '\u2011': '-', // ‑
  '\u2012': '-', // ‒
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2015': '-', // ―
  '\u2212': '-', // −
};

const cache = new Map<string, string>();

/** Folds one non-ASCII code point (one or two UTF-16 units); may return "" (a lone mark) or several units. */
function foldCodePoint(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    if (PUNCTUATION[ch]) folded = PUNCTUATION[ch];
    else if (WHITE_SPACE.test(ch)) folded = ' ';
    // Lower-casing can bring marks back ("İ" → "i̇"), so strip them on both sides of it.
    else folded = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
    cache.set(ch, folded);
  }
  return folded;
}

/** Folds a document's text once; find then matches folded queries against it. */
export function foldForSearch(original: string): FoldedText {
  // Typed arrays and char codes, not a string per character: 625k characters fold in about 30 ms.
  let codes = new Uint16Array(original.length);
  let starts = new Uint32Array(original.length);
  let ends = new Uint32Array(original.length);
  let n = 0;
  const push = (unit: number, start: number, end: number) => {
    if (n === codes.length) {
      const grow = <T extends Uint16Array | Uint32Array>(a: T): T => {
        const bigger = new (a.constructor as new (size: number) => T)(a.length * 2 + 8);
        bigger.set(a);
        return bigger;
      };
      codes = grow(codes);
      starts = grow(starts);
      ends = grow(ends);
    }
    codes[n] = unit;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  let lastWasSpace = false;
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    const low = original.charCodeAt(i + 1);
    const width = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const end = i + width;
    const folded = code < 0x80 ? asciiFold(code) : foldCodePoint(original.slice(i, end));
    if (folded === '' || (folded === ' ' && lastWasSpace)) {
      // Dropped (a combining mark, or more white space): the previous folded unit now covers it too.
      if (n > 0) ends[n - 1] = end;
    } else {
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, end);
      lastWasSpace = folded === ' ';
    }
    i = end;
  }
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) text += String.fromCharCode(...codes.subarray(k, Math.min(n, k + CHUNK)));
  return { text, starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

const ASCII_FOLDS = Array.from({ length: 0x80 }, (_, code) => {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : String.fromCharCode(code);
});
const asciiFold = (code: number): string => ASCII_FOLDS[code]!;

/** Folds a query the same way as the text (runs of white space become one space). */
export function foldQuery(query: string): string {
  return foldForSearch(query).text;
}

/** White space that a quote typed elsewhere usually has as a plain space (French NBSP before ":" and in "230 000"). */
const SPACE_VARIANTS = /[\u00a0\u2007\u2009\u200a\u202f]/g;
const QUOTE_AND_DASH_VARIANTS = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'g');

/**
 * Typography folded without changing length: curly quotes and apostrophes to straight ones, dashes to
 * "-", no-break and thin spaces to " ". A quote copied from a web page or typed by hand then matches
 * the bundle's typeset text at the very same offsets.
 */
export function foldTypography(text: string): string {
  return text.replace(SPACE_VARIANTS, ' ').replace(QUOTE_AND_DASH_VARIANTS, (ch) => PUNCTUATION[ch]!);
}
