import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A content language's name in the interface language: the catalogue's word when it has one
 * (reader.language.<tag>), else the platform's (Intl.DisplayNames: "French", "Prancis"), else the tag.
 */
export function useLanguageName(): (tag: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (tag: string) => {
      let fallback = tag;
      try {
        fallback = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(tag) ?? tag;
      } catch {
        // Not a well-formed BCP 47 tag: show it as written.
      }
      return t(`reader.language.${tag}`, { defaultValue: fallback });
    },
    [t, i18n.language],
  );
}
