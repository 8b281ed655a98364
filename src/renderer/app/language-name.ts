import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const displayNames = new Map<string, Intl.DisplayNames>();

/** The platform's name of a language tag in the interface language ("French", "Prancis"), or the tag. */
function platformName(tag: string, interfaceLanguage: string): string {
  try {
    let names = displayNames.get(interfaceLanguage);
    // Built once per interface language: an Intl object is costly to make for every badge.
    if (!names) displayNames.set(interfaceLanguage, (names = new Intl.DisplayNames([interfaceLanguage], { type: 'language' })));
    return names.of(tag) ?? tag;
  } catch {
    // Not a well-formed BCP 47 tag: show it as written.
    return tag;
  }
}

/**
 * A content language's name in the interface language: the catalogue's word when it has one
 * (reader.language.<tag>), else the platform's, else the tag.
 */
export function useLanguageName(): (tag: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (tag: string) => {
      const key = `reader.language.${tag}`;
      return i18n.exists(key) ? t(key) : platformName(tag, i18n.language);
    },
    [t, i18n],
  );
}
