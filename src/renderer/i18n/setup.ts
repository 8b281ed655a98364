import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const INTERFACE_LANGUAGES = ['en', 'id'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

const STORAGE_KEY = 'presskit.interfaceLanguage';

/** Remembered choice, else the system locale, else English. */
export function initialLanguage(): InterfaceLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'id') return saved;
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function rememberLanguage(lang: InterfaceLanguage): void {
  localStorage.setItem(STORAGE_KEY, lang);
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
