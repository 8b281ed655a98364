import i18next from 'i18next';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from '../../shared/model/preferences';
import { api } from '../api/client';

interface PreferencesApi {
  preferences: Preferences;
  update(patch: PreferencesPatch): void;
}

const PreferencesContext = createContext<PreferencesApi | null>(null);

export function usePreferences(): PreferencesApi {
  const ctx = useContext(PreferencesContext);
  if (!ctx) throw new Error('usePreferences outside PreferencesProvider');
  return ctx;
}

const systemLanguage = () => (navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en');

/** Loads the saved preferences from the host and applies theme, text size and interface language. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);

  useEffect(() => {
    void api.getPreferences().then(setPreferences);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (preferences.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = preferences.theme;
    root.style.setProperty('--text-scale', String(preferences.textScale));
    const lang = preferences.interfaceLanguage === 'system' ? systemLanguage() : preferences.interfaceLanguage;
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
    root.lang = lang;
  }, [preferences]);

  const update = useCallback((patch: PreferencesPatch) => {
    setPreferences((prev) => ({ ...prev, ...patch }));
    void api.setPreferences(patch).then(setPreferences);
  }, []);

  return <PreferencesContext.Provider value={{ preferences, update }}>{children}</PreferencesContext.Provider>;
}
