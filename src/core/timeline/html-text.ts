/**
 * TimelineJS carries headlines and texts as HTML; the timeline model keeps plain text (the reader and
 * the PDF never render foreign markup). These convert between the two; an imported slide keeps its
 * original HTML beside the text, so an unchanged text is exported exactly as it came.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment: paragraphs become blank lines, <br> a line break, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|blockquote|h[1-6])>\s*/gi, '\n\n')
      .replace(/<[^<>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A headline on one line: line breaks inside it ("Whitney Houston<br/> 1963 - 2012") become spaces. */
export const headlineText = (html: string): string => htmlToText(html).replace(/\s*\n\s*/g, ' ');

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text as HTML: blank-line paragraphs as <p>, single line breaks as <br>. */
export function textToHtml(text: string, paragraphs = true): string {
  const lines = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');
  if (!paragraphs) return lines(text);
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${lines(p.trim())}</p>`)
    .join('');
}
