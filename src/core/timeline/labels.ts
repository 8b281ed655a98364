/** How long a suggested label may be; longer sentences are cut at a clause, else at a word. */
export const MAX_LABEL_LENGTH = 90;

interface Span {
  start: number;
  end: number;
  /** Completion ("has ended") is the event itself, so it stays in the label. */
  keep?: boolean;
}

// Where one clause of a sentence ends: "and", "dan"…, a semicolon, or a dash such as a dateline's "--".
const CLAUSE_BREAK =
  /,?\s+(?:and|while|whereas|but|dan|serta|sedangkan|tetapi|namun|und|aber|während|sowie|y|pero|mientras|et|mais|tandis\s+que|alors\s+que)\s+|;\s*|\s+(?:--|—|–|-)\s+/giu;
const PREPOSITIONS = 'in|on|at|as of|of|for|during|within|pada|per|dalam|di|im|am|zum|en|el|del|a|le|au|dans|à';
const PLAIN_PREPOSITION = new RegExp(`(?:^|\\s)(?:${PREPOSITIONS})\\s*$`, 'iu');
const TRAILING_PREPOSITION = new RegExp(`\\s+(?:${PREPOSITIONS})$`, 'iu');
const EDGE_JUNK = /^[\s,;:–—-]*(?:(?:and|or|dan|atau|while|but|und|oder|y|o|et|ou)\s+)?|[\s,;:–—-]+$/giu;
/** Markup that came through as text ("<p align=…>", "**"), and a tag cut short at the edge. */
/** Page furniture run into a sentence: "Share Down Arrow Button Icon". */
const FURNITURE = /(?:\b(?:share|down|up|left|right)\s+)*\barrow(?:\s+button)?(?:\s+icon)?\b|\bbutton\s+icon\b/giu;
const MARKUP = /<\/?[a-z][^<>]*>|<\/?[a-z][^<>]*$|^[^<>]*>|\*\*|__|`/giu;

const words = (s: string) => (s.match(/\p{L}{2,}/gu) ?? []).length;

function firstBreak(text: string, from: number, to: number): { start: number; end: number } | null {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(text);
  return m && m.index + m[0].length <= to ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The sentence without the date (and the "in"/"on" before it) and without parentheses. */
function strip(text: string, date: Span, offset: number): string {
  let before = text.slice(0, date.start - offset);
  const after = text.slice(date.end - offset);
  if (date.keep) return tidy(text);
  before = before.replace(PLAIN_PREPOSITION, ' ');
  return tidy(`${before} ${after}`);
}

function tidy(text: string): string {
  return text
    .replace(MARKUP, ' ')
    .replace(FURNITURE, ' ')
    .replace(/\([^()]*\)/gu, '')
    .replace(/[()]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:])/gu, '$1')
    .trim()
    .replace(/[.!?]+$/u, '')
    .replace(EDGE_JUNK, '')
    .replace(TRAILING_PREPOSITION, '')
    .trim();
}

/** Never ends inside an opened bracket: "Leica (founded" is cut before the "(". */
function closeBrackets(text: string): string {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0 ? text.slice(0, open).replace(/[\s,;:–—-]+$/u, '') : text;
}

function shorten(text: string): string {
  if (text.length <= MAX_LABEL_LENGTH) return closeBrackets(text);
  const cut = text.lastIndexOf(', ', MAX_LABEL_LENGTH);
  if (cut >= 30) return closeBrackets(text.slice(0, cut));
  const space = text.lastIndexOf(' ', MAX_LABEL_LENGTH - 1);
  const head = closeBrackets(text.slice(0, space > 30 ? space : MAX_LABEL_LENGTH - 1));
  return `${head}…`;
}

/** A label for a sentence as a whole (the one after a date standing alone): no date to take out. */
export function sentenceLabel(sentence: string): string {
  return capitalise(shorten(tidy(sentence)));
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * A short label for the date at `index` among `dates` (offsets in the sentence): the clause that holds
 * it — "Xiaomi Corporation was founded in April 2010 and listed … on 9 July 2018" gives "Xiaomi
 * Corporation was founded" and "Listed on the Main Board …" — with the date itself taken out.
 */
export function suggestLabel(sentence: string, dates: readonly Span[], index: number): string {
  const date = dates[index]!;
  const prev = dates[index - 1];
  const next = dates[index + 1];
  let from = 0;
  let to = sentence.length;
  // A date inside brackets ("Tavira (founded in 2009 by …)") is labelled by the bracket's clause after
  // the words the bracket explains.
  const bracket = enclosingBracket(sentence, date);
  let subject = '';
  if (bracket) {
    subject = lastWords(sentence.slice(0, bracket.open), 6);
    from = bracket.open + 1;
    to = bracket.close;
  }
  if (prev && prev.end > from) from = firstBreak(sentence, prev.end, date.start)?.end ?? prev.end;
  if (next && next.start < to) to = firstBreak(sentence, date.end, next.start)?.start ?? next.start;
  const segment = sentence.slice(from, to);
  let label = strip(segment, date, from);
  const clauseStart = segment.lastIndexOf(', ', date.start - from) + 1;
  if (label.length > MAX_LABEL_LENGTH) {
    // Narrow to the comma clause that holds the date, widening to the right while it says too little.
    const narrowed = strip(segment.slice(clauseStart), date, from + clauseStart);
    if (words(narrowed) >= 3) label = narrowed;
  }
  // Right after another date with no "and" between them: the comma clause that holds this one.
  if (prev && from === prev.end && clauseStart > 0) {
    const narrowed = strip(segment.slice(clauseStart), date, from + clauseStart);
    if (words(narrowed) >= 2) label = narrowed;
  }
  if (subject) label = `${subject} ${label}`;
  // A clause that says too little: a listed date ("in 2016 and 2017") shares the statement of the one
  // before it; otherwise the whole sentence, without its dates.
  if (words(label) < 2 && prev) return suggestLabel(sentence, dates, index - 1);
  if (words(label) < 2) label = strip(sentence, date, 0);
  return capitalise(shorten(label));
}

/** The brackets around the date, when it stands inside a pair of them. */
function enclosingBracket(text: string, date: Span): { open: number; close: number } | null {
  const open = text.lastIndexOf('(', date.start);
  if (open < 0 || text.lastIndexOf(')', date.start) > open) return null;
  const close = text.indexOf(')', date.end);
  return close < 0 ? null : { open, close };
}

/** Up to `n` words at the end of `text`, from its last clause. */
function lastWords(text: string, n: number): string {
  const clause = text.slice(Math.max(text.lastIndexOf(', '), text.lastIndexOf('; '), -1) + 1).trim();
  return clause.split(/\s+/u).slice(-n).join(' ');
}
