import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, ColourKey } from '../../shared/model/annotation';
import { formatTags, parseTags } from './annotation-view';
import { annotationsStore } from './store';
import { useColours } from './useColours';

/** Only what changed goes to the service, so an unchanged save is still one honest "edit" in the history. */
function changes(a: Annotation, colour: ColourKey, note: string, tags: string[]) {
  return {
    ...(colour !== a.colour ? { colour } : {}),
    ...(note !== a.note ? { note } : {}),
    ...(formatTags(tags) !== formatTags(a.tags) ? { tags } : {}),
  };
}

/** Colour (labelled radios), note (plain text or simple Markdown) and tags of one annotation. Esc cancels. */
export function AnnotationEditor({ annotation, onDone }: { annotation: Annotation; onDone(): void }) {
  const { t } = useTranslation();
  const { colours } = useColours();
  const [colour, setColour] = useState<ColourKey>(annotation.colour);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(formatTags(annotation.tags));
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => noteField.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = changes(annotation, colour, note, parseTags(tags));
    if (Object.keys(patch).length) void annotationsStore.update(annotation.id, patch).then(onDone);
    else onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onDone();
  };

  return (
    <form className="annotation-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('annotations.editor.title')}>
      <fieldset className="annotation-editor__colours">
        <legend>{t('annotations.editor.colour')}</legend>
        {colours.map((c) => (
          <label key={c.key} className="colour-choice">
            <input type="radio" name={`${id}-colour`} value={c.key} checked={colour === c.key} onChange={() => setColour(c.key)} />
            <span className={`swatch swatch--${c.key}`} aria-hidden="true" />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>{t('annotations.editor.note')}</label>
      <textarea
        id={`${id}-note`}
        ref={noteField}
        rows={4}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={`${id}-note-hint`}
      />
      <p id={`${id}-note-hint`} className="annotation-editor__hint">
        {t('annotations.editor.noteHint')}
      </p>
      <label htmlFor={`${id}-tags`}>{t('annotations.editor.tags')}</label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        aria-describedby={`${id}-tags-hint`}
        autoComplete="off"
      />
      <p id={`${id}-tags-hint`} className="annotation-editor__hint">
        {t('annotations.editor.tagsHint')}
      </p>
      <div className="annotation-editor__actions">
        <button type="submit" className="primary">
          {t('annotations.editor.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
