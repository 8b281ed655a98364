import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../shared/model/annotation';
import { AnnotationFields, changedFields, draftOf } from './AnnotationFields';
import { annotationsStore } from './store';

/** The Annotations panel's editor of one annotation: its fields, Save and Cancel. Esc cancels. */
export function AnnotationEditor({ annotation, onDone }: { annotation: Annotation; onDone(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(annotation));
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => noteField.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = changedFields(annotation, draft);
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
      <AnnotationFields
        id={id}
        draft={draft}
        onChange={setDraft}
        noteField={noteField}
        labels={{
          colour: t('annotations.editor.colour'),
          note: t('annotations.editor.note'),
          noteHint: t('annotations.editor.noteHint'),
          tags: t('annotations.editor.tags'),
          tagsHint: t('annotations.editor.tagsHint'),
        }}
      />
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
