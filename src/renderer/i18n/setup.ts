import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';

export const INTERFACE_LANGUAGES = ['en', 'id'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Starts in the system locale; the saved preference (kept by the host) is applied once loaded. */
export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18next;
}
