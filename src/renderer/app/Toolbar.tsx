import { useTranslation } from 'react-i18next';
import { useReader } from '../reader/reader-context';
import { usePreferences } from './preferences-context';

const SCALE_STEP = 0.125;

/** Kit title and the reading controls: content language, text size, theme, interface language, export. */
export function Toolbar({ onExport }: { onExport(): void }) {
  const { t } = useTranslation();
  const { bundle } = useReader();
  const { preferences, update } = usePreferences();
  const { manifest } = bundle;
  const scale = (delta: number) => update({ textScale: Math.min(2, Math.max(0.75, preferences.textScale + delta)) });
  return (
    <header className="toolbar">
      <div className="toolbar__title">
        <h1 className="kit-header__title">{manifest.title}</h1>
        {manifest.subtitle && <p className="kit-header__subtitle">{manifest.subtitle}</p>}
        {manifest.embargo && <p className="embargo">{t('reader.embargo', { date: manifest.embargo })}</p>}
      </div>
      <div className="toolbar__controls">
        <label>
          {t('toolbar.contentLanguage')}{' '}
          <select value={preferences.contentLanguage} onChange={(e) => update({ contentLanguage: e.target.value })}>
            <option value="all">{t('toolbar.allLanguages')}</option>
            {manifest.languages.map((l) => (
              <option key={l} value={l}>
                {t(`reader.language.${l}`, { defaultValue: l })}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label={t('toolbar.textSize')}>
          <button type="button" onClick={() => scale(-SCALE_STEP)} aria-label={t('toolbar.smaller')}>
            A−
          </button>
          <button type="button" onClick={() => scale(SCALE_STEP)} aria-label={t('toolbar.larger')}>
            A+
          </button>
        </div>
        <label>
          {t('toolbar.theme')}{' '}
          <select value={preferences.theme} onChange={(e) => update({ theme: e.target.value as 'system' | 'light' | 'dark' })}>
            <option value="system">{t('toolbar.themeSystem')}</option>
            <option value="light">{t('toolbar.themeLight')}</option>
            <option value="dark">{t('toolbar.themeDark')}</option>
          </select>
        </label>
        <label>
          {t('toolbar.interfaceLanguage')}{' '}
          <select value={preferences.interfaceLanguage} onChange={(e) => update({ interfaceLanguage: e.target.value as 'system' | 'en' | 'id' })}>
            <option value="system">{t('toolbar.followSystem')}</option>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={onExport}>
          {t('toolbar.exportPdf')}
        </button>
      </div>
    </header>
  );
}
