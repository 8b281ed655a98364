import LineBreaker from 'linebreak';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/**
 * Characters inside a word that never make a break opportunity next to a letter under UAX #14
 * (letters, digits, Latin letters with accents, sentence punctuation, quotes): a word made only of
 * these needs no lookup. Hyphens, slashes, "?" and "!", CJK, soft hyphens and zero-width spaces do.
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
    case 0x28: // (
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

/**
 * Where a line may break inside the words of a paragraph, by Unicode's line breaking algorithm
 * (UAX #14, the `linebreak` package): `result[i] === 1` means a line may start at character i.
 * Spaces are left to the caller (a break always follows them); only words holding a character
 * that is not `plain` are looked up, so English prose costs almost nothing here. Null: no
 * opportunity besides the spaces.
 */
export function breakOpportunities(text: string): Uint8Array | null {
  let result: Uint8Array | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    let simple = true;
    while (i < n && !isSpace(text.charCodeAt(i))) {
      if (simple && !plain(text.charCodeAt(i))) simple = false;
      i++;
    }
    if (simple || i - start < 2) continue;
    const breaker = new LineBreaker(text.slice(start, i));
    for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
      if (b.position <= 0 || b.position >= i - start) continue;
      result ??= new Uint8Array(n + 1);
      result[start + b.position] = 1;
    }
  }
  return result;
}
