/**
 * Quotation marks as a language sets them, for text the app itself puts between quotes (a kit's key
 * quotes, a fact's source passage, an annotated passage): „Zitat“ in German, « citation » in French,
 * “quote” in English and wherever the language is not listed here.
 */
export interface QuoteMarks {
  open: string;
  close: string;
}

const NBSP = '\u00a0';
const ENGLISH: QuoteMarks = { open: '“', close: '”' };
const LOW_HIGH: QuoteMarks = { open: '„', close: '“' };
const LOW_RIGHT: QuoteMarks = { open: '„', close: '”' };
const GUILLEMETS: QuoteMarks = { open: '«', close: '»' };

/** By primary language subtag; a region that sets them otherwise is listed in full. */
const MARKS: Record<string, QuoteMarks> = {
  de: LOW_HIGH,
  'de-ch': GUILLEMETS,
  'de-li': GUILLEMETS,
  cs: LOW_HIGH,
  sk: LOW_HIGH,
  sl: LOW_HIGH,
  lt: LOW_HIGH,
  is: LOW_HIGH,
  et: LOW_HIGH,
  bg: LOW_HIGH,
  pl: LOW_RIGHT,
  hu: LOW_RIGHT,
  ro: LOW_RIGHT,
  hr: LOW_RIGHT,
  fr: { open: `«${NBSP}`, close: `${NBSP}»` },
  es: GUILLEMETS,
  ca: GUILLEMETS,
  it: GUILLEMETS,
  pt: GUILLEMETS,
  'pt-br': ENGLISH,
  ru: GUILLEMETS,
  uk: GUILLEMETS,
  be: GUILLEMETS,
  el: GUILLEMETS,
  nb: GUILLEMETS,
  no: GUILLEMETS,
  nn: GUILLEMETS,
  sv: { open: '”', close: '”' },
  fi: { open: '”', close: '”' },
  da: { open: '»', close: '«' },
  ja: { open: '「', close: '」' },
  'zh-tw': { open: '「', close: '」' },
  'zh-hant': { open: '「', close: '」' },
};

/** The marks for a BCP 47 tag: full tag, then language-script / language-region, then the language. */
export function quoteMarks(tag: string | undefined): QuoteMarks {
  const parts = (tag ?? '').toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const marks = MARKS[parts.slice(0, n).join('-')];
    if (marks) return marks;
  }
  return ENGLISH;
}

/** `text` between the marks of `tag`'s language. */
export function quoted(text: string, tag: string | undefined): string {
  const { open, close } = quoteMarks(tag);
  return `${open}${text}${close}`;
}
