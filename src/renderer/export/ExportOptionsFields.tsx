import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_LANGUAGES, ExportPaper, type ExportLanguage } from '../../shared/ipc/channels/export';
import { CONTENT_SECTIONS, withSection, type ExportChoices } from './export-choices';

interface Props {
  choices: ExportChoices;
  onChange(next: ExportChoices): void;
}

function Check({
  checked,
  disabled,
  onChange,
  children,
  nested,
}: {
  checked: boolean;
  disabled?: boolean;
  onChange(on: boolean): void;
  children: ReactNode;
  nested?: boolean;
}) {
  return (
    <label className={`export-sheet__check${nested ? ' export-sheet__check--nested' : ''}`}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}

/** The sheet's options: which sections, highlights and the notes appendix, reader comments, paper. */
export function ExportOptionsFields({ choices, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });
  return (
    <>
      <fieldset className="export-sheet__group">
        <legend>{t('export.sections')}</legend>
        <div className="export-sheet__sections">
          {CONTENT_SECTIONS.map((section) => (
            <Check
              key={section}
              checked={choices.sections.includes(section)}
              onChange={(on) => onChange(withSection(choices, section, on))}
            >
              {t(`export.section.${section}`)}
            </Check>
          ))}
        </div>
      </fieldset>
      <fieldset className="export-sheet__group">
        <legend>{t('export.extras')}</legend>
        <Check checked={choices.includeAnnotations} onChange={(includeAnnotations) => set({ includeAnnotations })}>
          {t('export.includeAnnotations')}
        </Check>
        <Check
          nested
          checked={choices.includeAnnotations && choices.notesAppendix}
          disabled={!choices.includeAnnotations}
          onChange={(notesAppendix) => set({ notesAppendix })}
        >
          {t('export.notesAppendix')}
        </Check>
        <Check checked={choices.includeComments} onChange={(includeComments) => set({ includeComments })}>
          {t('export.includeComments')}
        </Check>
      </fieldset>
      <label className="export-sheet__check">
        <span>{t('kit.sheet.language')}</span>
        <select
          value={choices.language}
          onChange={(e) => set({ language: e.target.value === 'auto' ? 'auto' : (e.target.value as ExportLanguage) })}
        >
          <option value="auto">{t('kit.sheet.languageAuto')}</option>
          {EXPORT_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`reader.language.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="export-sheet__group">
        <legend>{t('export.paper')}</legend>
        <div className="export-sheet__row">
          {ExportPaper.options.map((paper) => (
            <label key={paper} className="export-sheet__check">
              <input type="radio" name="export-paper" value={paper} checked={choices.paper === paper} onChange={() => set({ paper })} />
              <span>{t(`export.paperSize.${paper}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
