import type { FuzzyDate } from '../model/timeline';
import { textLanguageOf } from './date-languages';
import { findDateExpressions } from './date-expressions';
import { parseFuzzyDateKey } from './fuzzy-date';

/**
 * A date typed into the event editor: the machine form ("2022-07", "2021-Q4", "by 2022-05") or words
 * in the interface language — "4 July 2022", "Juli 2022", "Q3 2022", "since 2016", "2016–2022" —
 * kept at the precision typed. A range gives its end too. Null when the text is not one date.
 */
export function parseTypedDate(input: string, interfaceLanguage: string): { date: FuzzyDate; until?: FuzzyDate } | null {
  const key = parseFuzzyDateKey(input);
  if (key) return { date: key };
  const text = input.trim().replace(/[.,;]+$/u, '');
  // The interface language first, then English (what anyone may type).
  for (const language of new Set([textLanguageOf(interfaceLanguage), 'en' as const])) {
    const found = findDateExpressions(text, { language, bareYears: true });
    const only = found.length === 1 ? found[0]! : null;
    if (only && only.start === 0 && only.end === text.length)
      return only.until ? { date: only.date, until: only.until } : { date: only.date };
  }
  return null;
}
