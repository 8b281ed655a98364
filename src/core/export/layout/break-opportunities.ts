import LineBreaker from 'linebreak';

/**
 * Characters inside a word that never make a break opportunity next to a letter under UAX #14
 * (letters, digits, Latin letters with accents, sentence punctuation, closing parenthesis, quotes): a
 * word made only of these needs no lookup (an opening parenthesis may follow a break, so it is looked up). Hyphens, slashes, "?" and "!", CJK, soft hyphens and zero-width spaces do.
 */
function plain(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  switch (c) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3a: // :
    case 0x3b: // ;
    case 0x27: // '
    case 0x22: // "
    case 0x29: // )
    case 0x26: // &
    case 0x40: // @
    case 0x5f: // _
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
      return true;
    default:
      return false;
  }
}

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const isLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

const isAlnum = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39);
const isDash = (c: number) => c === HYPHEN || c === EN_DASH || c === EM_DASH;

/**
 * A word of plain characters whose hyphens and dashes each stand between two letters or digits
 * ("long-term", "2010–2022", "yes—no"): the common case, done here without a lookup.
 */
function dashed(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isDash(c)) {
      if (k === start || k + 1 >= end || !isAlnum(text.charCodeAt(k - 1)) || !isAlnum(text.charCodeAt(k + 1))) return false;
    } else if (!plain(c)) return false;
  }
  return true;
}

/**
 * UAX #14 for such a word: a break after a hyphen before a letter (never before a digit, LB25),
 * after an en dash (BA), before and after an em dash (B2).
 */
function dashBreaks(text: string, start: number, end: number, result: Uint8Array | null): Uint8Array {
  const out = result ?? new Uint8Array(text.length + 1);
  for (let k = start + 1; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c === HYPHEN) {
      if (isLetter(text.charCodeAt(k + 1))) out[k + 1] = 1;
    } else if (c === EN_DASH) out[k + 1] = 1;
    else if (c === EM_DASH) out[k] = out[k + 1] = 1;
  }
  return out;
}

/**
 * Words holding a character outside the `plain` set (letters, digits, accented Latin, sentence
 * punctuation, quotes). A native regular expression finds them: English prose has a few per
 * paragraph, and scanning every character in JavaScript doubled the layout time of a long kit.
 */
const NEEDS_LOOKUP = /[^\s]*[^\sA-Za-z0-9.,:;'")&@_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2018\u2019\u201c\u201d][^\s]*/g;

/**
 * Where a line may break inside the words of a paragraph, by Unicode's line breaking algorithm
 * (UAX #14, the `linebreak` package): `result[i] === 1` means a line may start at character i.
 * Spaces are left to the caller (a break always follows them); only words holding a character
 * that is not `plain` are looked at, dashed words by the rules above, the rest by the package.
 * Null: no opportunity besides the spaces.
 */
export function breakOpportunities(text: string): Uint8Array | null {
  let result: Uint8Array | null = null;
  for (const match of text.matchAll(NEEDS_LOOKUP)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end - start < 2) continue;
    if (dashed(text, start, end)) {
      result = dashBreaks(text, start, end, result);
      continue;
    }
    const breaker = new LineBreaker(match[0]);
    for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
      if (b.position <= 0 || b.position >= end - start) continue;
      result ??= new Uint8Array(text.length + 1);
      result[start + b.position] = 1;
    }
  }
  return result;
}
