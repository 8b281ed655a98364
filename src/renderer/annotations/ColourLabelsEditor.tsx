import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedColour } from '../../shared/annotations/colours';
import { annotationsStore } from './store';
import { useColours } from './useColours';

const MAX_LABEL = 80;

/** One colour's label: saved when the field is left or Enter is pressed; emptied, it goes back to the default. */
function LabelField({ colour }: { colour: ResolvedColour }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (value: string) => {
    setDraft(null);
    const label = value.trim().slice(0, MAX_LABEL);
    if (label === colour.label) return;
    void annotationsStore.setColourLabel(colour.key, label === '' ? null : label);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit(e.currentTarget.value);
    else if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation();
      setDraft(null);
    }
  };
  return (
    <li className="colour-label-field">
      <span className={`swatch swatch--${colour.key}`} aria-hidden="true" />
      <input
        type="text"
        aria-label={t('annotations.labels.field', { colour: t(`annotations.colourNames.${colour.key}`) })}
        value={draft ?? colour.label}
        maxLength={MAX_LABEL}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e: FocusEvent<HTMLInputElement>) => draft !== null && commit(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {colour.renamed && (
        <button type="button" onClick={() => void annotationsStore.setColourLabel(colour.key, null)}>
          {t('annotations.labels.reset')}
          <span className="visually-hidden"> {t(`annotations.colourNames.${colour.key}`)}</span>
        </button>
      )}
    </li>
  );
}

/** Rename what each colour means ("Key fact" → "Use in headline"); undoable like any change. */
export function ColourLabelsEditor() {
  const { t } = useTranslation();
  const { colours } = useColours();
  return (
    <details className="colour-labels">
      <summary>{t('annotations.labels.title')}</summary>
      <p className="annotation-editor__hint">{t('annotations.labels.hint')}</p>
      <ul>
        {colours.map((c) => (
          <LabelField key={c.key} colour={c} />
        ))}
      </ul>
    </details>
  );
}
