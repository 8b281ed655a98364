import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../reader/reader-context';
import { useLanguageName } from './language-name';
import { OpenMenu } from './OpenMenu';
import { usePreferences } from './preferences-context';

const SCALE_STEP = 0.125;
const MORE_ID = 'toolbar-more';

interface Props {
  /** The outline / annotations / timeline open-close buttons. */
  panelToggles: ReactNode;
  onExport(): void;
  onFind(): void;
  onHelp(): void;
}

/**
 * Kit title and the reading controls: open, find, content language, text size, theme, interface language, help, export.
 * In a small window (400 % zoom: 320×256 CSS px) the controls after Find fold behind a "More" button and open
 * over the text (layout.css), so the toolbar stays one or two rows and the text keeps the window.
 */
export function Toolbar({ panelToggles, onExport, onFind, onHelp }: Props) {
  const { t } = useTranslation();
  const { bundle, contentLanguage, setContentLanguage } = useReader();
  const { preferences, update } = usePreferences();
  const languageName = useLanguageName();
  const { manifest } = bundle;
  const scale = (delta: number) => update({ textScale: Math.min(2, Math.max(0.75, preferences.textScale + delta)) });
  const count = (language: string) => bundle.documents.filter((d) => language === 'all' || d.language === language).length;
  const [moreOpen, setMoreOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  // Esc closes the folded controls and goes back to their button (an open select or menu takes its own Esc first).
  const onMoreKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !moreOpen || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    setMoreOpen(false);
    moreButton.current?.focus();
  };
  return (
    <header className="toolbar">
      <div className="toolbar__title">
        <h1 className="kit-header__title">{manifest.title}</h1>
        {manifest.subtitle && <p className="kit-header__subtitle">{manifest.subtitle}</p>}
        {manifest.embargo && <p className="embargo">{t('reader.embargo', { date: manifest.embargo })}</p>}
      </div>
      <div className="toolbar__controls">
        {panelToggles}
        <OpenMenu />
        <button type="button" onClick={onFind} aria-keyshortcuts="Control+F">
          {t('find.button')}
        </button>
        <button
          ref={moreButton}
          type="button"
          className="toolbar__more-toggle"
          aria-expanded={moreOpen}
          aria-controls={MORE_ID}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {t('readerToolbar.more')}
        </button>
        <div id={MORE_ID} className="toolbar__more" data-open={moreOpen || undefined} onKeyDown={onMoreKeyDown}>
          <label>
            {t('toolbar.contentLanguage')}{' '}
            <select value={contentLanguage} onChange={(e) => setContentLanguage(e.target.value)}>
              <option value="all">{t('toolbar.allLanguages', { count: count('all') })}</option>
              {manifest.languages.map((l) => (
                <option key={l} value={l}>
                  {t('toolbar.onlyLanguage', { language: languageName(l), count: count(l) })}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label={t('toolbar.textSize')} className="toolbar__size">
            <button
              type="button"
              onClick={() => scale(-SCALE_STEP)}
              // The accessible name starts with the visible label (WCAG 2.5.3, label in name).
              aria-label={`A− ${t('toolbar.smaller')}`}
              title={t('toolbar.smaller')}
              disabled={preferences.textScale <= 0.75}
            >
              A−
            </button>
            <output aria-live="polite" title={t('toolbar.textSize')}>
              {Math.round(preferences.textScale * 100)}%
            </output>
            <button
              type="button"
              onClick={() => scale(SCALE_STEP)}
              aria-label={`A+ ${t('toolbar.larger')}`}
              title={t('toolbar.larger')}
              disabled={preferences.textScale >= 2}
            >
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
            <select
              value={preferences.interfaceLanguage}
              onChange={(e) => update({ interfaceLanguage: e.target.value as 'system' | 'en' | 'id' })}
            >
              <option value="system">{t('toolbar.followSystem')}</option>
              {(['en', 'id'] as const).map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`toolbar.languageNames.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={onHelp} aria-label={t('shortcuts.title')} title={t('shortcuts.title')} aria-keyshortcuts="F1">
            ?
          </button>
          <button type="button" className="primary" onClick={onExport}>
            {t('toolbar.exportPdf')}
          </button>
        </div>
      </div>
    </header>
  );
}
