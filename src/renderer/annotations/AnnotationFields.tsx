import type { RefObject } from 'react';
import type { Annotation, ColourKey } from '../../shared/model/annotation';
import { formatTags, parseTags } from './annotation-view';
import { TagsField } from './TagsField';
import { useColours } from './useColours';
import { useTagSuggestions } from './useTagSuggestions';

export interface AnnotationDraft {
  colour: ColourKey;
  note: string;
  /** As typed: comma-separated. */
  tags: string;
}

export const draftOf = (a: Annotation): AnnotationDraft => ({ colour: a.colour, note: a.note, tags: formatTags(a.tags) });

/** Only what changed goes to the service, so an unchanged save writes nothing and a save is one honest "edit" in the history. */
export function changedFields(a: Annotation, draft: AnnotationDraft) {
  const tags = parseTags(draft.tags);
  return {
    ...(draft.colour !== a.colour ? { colour: draft.colour } : {}),
    ...(draft.note !== a.note ? { note: draft.note } : {}),
    ...(formatTags(tags) !== formatTags(a.tags) ? { tags } : {}),
  };
}

interface Props {
  id: string;
  draft: AnnotationDraft;
  onChange(draft: AnnotationDraft): void;
  noteField: RefObject<HTMLTextAreaElement | null>;
  labels: { colour: string; note: string; noteHint: string; tags: string; tagsHint: string };
}

/** Colour (labelled radios), note (plain text or simple Markdown) and tags with suggestions: the panel's editor and the highlight card share them. */
export function AnnotationFields({ id, draft, onChange, noteField, labels }: Props) {
  const { colours } = useColours();
  const suggestions = useTagSuggestions();
  const set = (patch: Partial<AnnotationDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <fieldset className="annotation-editor__colours">
        <legend>{labels.colour}</legend>
        {colours.map((c) => (
          <label key={c.key} className="colour-choice" title={c.label}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={c.key}
              checked={draft.colour === c.key}
              onChange={() => set({ colour: c.key })}
            />
            <span className={`swatch swatch--${c.key}`} aria-hidden="true" />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>{labels.note}</label>
      <textarea
        id={`${id}-note`}
        ref={noteField}
        rows={4}
        value={draft.note}
        onChange={(e) => set({ note: e.target.value })}
        aria-describedby={`${id}-note-hint`}
      />
      <p id={`${id}-note-hint`} className="annotation-editor__hint">
        {labels.noteHint}
      </p>
      <label htmlFor={`${id}-tags`}>{labels.tags}</label>
      <TagsField
        id={`${id}-tags`}
        value={draft.tags}
        suggestions={suggestions}
        describedBy={`${id}-tags-hint`}
        onChange={(tags) => set({ tags })}
      />
      <p id={`${id}-tags-hint`} className="annotation-editor__hint">
        {labels.tagsHint}
      </p>
    </>
  );
}
