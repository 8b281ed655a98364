/** Sentence-final marks across scripts: a pulled quote ending in one of these keeps it. */
const TERMINAL = /[.!?…。！？؟।」』»”"'’)\]]$/u;
/** What a quote carries over from the sentence it was lifted from: "…fusion," said Lei Jun. */
const TRAILING_JOIN = /[\s,，、;；:：–—-]+$/u;

/**
 * A quote as pulled out of the release ends like a sentence: the attribution comma (or colon, dash)
 * it had in the running text becomes a full stop, in the script's own form for CJK. The release's
 * body keeps its punctuation; only the pulled copy changes.
 */
export function pulledQuoteText(text: string, language: string | undefined): string {
  const trimmed = text.replace(TRAILING_JOIN, '');
  if (!trimmed || TERMINAL.test(trimmed)) return trimmed || text;
  const primary = (language ?? '').toLowerCase().split('-')[0];
  return trimmed + (primary === 'zh' || primary === 'ja' ? '。' : '.');
}

/**
 * "role, organisation" without saying the organisation twice: a role that already names it
 * ("CEO of Leica Camera AG") stands alone.
 */
export function creditLine(role: string | undefined, organisation: string | undefined): string {
  const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();
  if (role && organisation && fold(role).includes(fold(organisation))) return role;
  return [role, organisation].filter(Boolean).join(', ');
}
