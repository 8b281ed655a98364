import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpanEnd, TimelineLane } from '../../shared/model/timeline';
import { fuzzyDateInterval, type DateLanguage } from '../../shared/timeline/format-date';
import { fuzzyDateKey } from '../../shared/timeline/fuzzy-date';
import { parseTypedDate } from '../../shared/timeline/typed-date';
import { pickText } from '../../shared/timeline/lanes';
import { LaneSelect } from './LaneSelect';
import type { ResolvedTimelineEvent, StoredTimelineEvent } from '../../shared/timeline/types';

export type EventInput = Omit<StoredTimelineEvent, 'id'> & { id?: string };

interface Props {
  lanes: TimelineLane[];
  lang: DateLanguage;
  /** The event to edit; none for a new one. */
  event?: ResolvedTimelineEvent;
  onSave(event: EventInput): void;
  onCancel(): void;
}

/** The language a label is edited in: the one shown when the event has it, else the one it falls back to. */
function labelLanguage(label: Record<string, string> | undefined, lang: string): string {
  if (!label || label[lang] !== undefined) return lang;
  return label.en !== undefined ? 'en' : (Object.keys(label)[0] ?? lang);
}

/**
 * Makes or changes an event. Dates are typed at the precision the user knows, as words in the
 * interface language ("4 July 2022", "Juli 2022", "Q3 2022", "since 2016", "2016–2022") or in the
 * machine form ("2021-Q4", "by 2022-05"): nothing is widened to a day the user did not give.
 */
export function EventForm({ lanes, lang, event, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const editLang = labelLanguage(event?.label, lang);
  const [label, setLabel] = useState(event ? pickText(event.label, editLang) : '');
  const [laneId, setLaneId] = useState(event?.laneId ?? lanes[0]?.id ?? '');
  const [kind, setKind] = useState<'point' | 'span'>(event?.kind ?? 'point');
  const [start, setStart] = useState(event ? fuzzyDateKey(event.start) : '');
  const initialEnd = event?.kind === 'span' ? (event.end ?? 'present') : 'present';
  const [endKind, setEndKind] = useState<'date' | 'present' | 'unknown'>(typeof initialEnd === 'object' ? 'date' : initialEnd);
  const [end, setEnd] = useState(typeof initialEnd === 'object' ? fuzzyDateKey(initialEnd) : '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = parseTypedDate(start, lang);
    const startDate = typed?.date;
    if (!label.trim()) return setProblem(t('timeline.form.noLabel'));
    if (!startDate) return setProblem(t('timeline.form.badDate', { value: start }));
    // A range typed in the date field ("2016–2022") makes a span with that end.
    const kindToSave = typed?.until ? 'span' : kind;
    let endValue: SpanEnd | undefined;
    if (typed?.until) endValue = typed.until;
    else if (kind === 'span' && endKind !== 'date') endValue = endKind;
    else if (kind === 'span') {
      const endDate = parseTypedDate(end, lang)?.date;
      if (!endDate) return setProblem(t('timeline.form.badDate', { value: end }));
      if (fuzzyDateInterval(endDate).to < fuzzyDateInterval(startDate).from) return setProblem(t('timeline.form.endBeforeStart'));
      endValue = endDate;
    }
    setProblem(null);
    const { provenance: _p, end: _e, ...rest } = event ?? ({} as Partial<ResolvedTimelineEvent>);
    const input: EventInput = { ...rest, laneId, kind: kindToSave, label: { ...event?.label, [editLang]: label.trim() }, start: startDate };
    if (endValue !== undefined) input.end = endValue;
    onSave(input);
  };

  return (
    <form className="tl-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tl-heading">
        {event ? t('timeline.form.titleEdit') : t('timeline.form.titleNew')}
      </h3>
      <label htmlFor={`${id}-label`}>{t('timeline.form.label')}</label>
      <textarea id={`${id}-label`} lang={editLang} rows={2} value={label} onChange={(e) => setLabel(e.target.value)} />
      <label htmlFor={`${id}-lane`}>{t('timeline.lane')}</label>
      <LaneSelect id={`${id}-lane`} lanes={lanes} lang={lang} value={laneId} onChange={setLaneId} />
      <fieldset className="tl-form__kind">
        <legend>{t('timeline.form.kind')}</legend>
        {(['point', 'span'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`timeline.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-start`}>{kind === 'span' ? t('timeline.form.start') : t('timeline.form.date')}</label>
      <input
        id={`${id}-start`}
        value={start}
        onChange={(e) => setStart(e.target.value)}
        aria-describedby={`${id}-hint`}
        placeholder="2022-05"
      />
      {kind === 'span' && (
        <>
          <label htmlFor={`${id}-endkind`}>{t('timeline.form.end')}</label>
          <select id={`${id}-endkind`} value={endKind} onChange={(e) => setEndKind(e.target.value as typeof endKind)}>
            {(['present', 'unknown', 'date'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`timeline.form.endKind.${k}`)}
              </option>
            ))}
          </select>
          {endKind === 'date' && (
            <>
              <label htmlFor={`${id}-end`}>{t('timeline.form.endDate')}</label>
              <input
                id={`${id}-end`}
                value={end}
                onChange={(e) => setEnd(e.target.value)}
                aria-describedby={`${id}-hint`}
                placeholder="by 2022-05"
              />
            </>
          )}
        </>
      )}
      <p id={`${id}-hint`} className="tl-hint">
        {t('timeline.form.dateHint')}
      </p>
      {problem && (
        <p className="tl-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="tl-actions">
        <button type="submit" className="primary">
          {t('timeline.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
