import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedBundle } from '../../shared/model/document';
import type { TimelineLane } from '../../shared/model/timeline';
import { formatFuzzyDate, type DateLanguage } from '../../shared/timeline/format-date';
import { LaneSelect } from './LaneSelect';
import type { SuggestionWithStatus } from '../../shared/timeline/types';

export interface AcceptChoice {
  laneId: string;
  label?: string;
  kind: 'point' | 'span';
}

interface Props {
  suggestions: SuggestionWithStatus[];
  lanes: TimelineLane[];
  bundle: LoadedBundle;
  lang: DateLanguage;
  onAccept(s: SuggestionWithStatus, choice: AcceptChoice): void;
  onDismiss(s: SuggestionWithStatus, dismissed: boolean): void;
  onShowInText(s: SuggestionWithStatus): void;
  onShowEvent(eventId: string): void;
}

/** Dated statements the app found in the bundle's text, offered as events: accept (choosing the lane), edit first, or dismiss. */
export function Suggestions({ suggestions, lanes, bundle, lang, ...actions }: Props) {
  const { t } = useTranslation();
  const [showHandled, setShowHandled] = useState(false);
  const fresh = suggestions.filter((s) => s.status === 'new');
  const handled = suggestions.length - fresh.length;
  const shown = showHandled ? suggestions : fresh;
  return (
    <section className="tl-suggestions" aria-labelledby="tl-suggestions-title">
      <h3 id="tl-suggestions-title" className="tl-heading">
        {t('timeline.suggestions.title')} <span className="tl-count">{t('timeline.suggestions.count', { count: fresh.length })}</span>
      </h3>
      <p className="tl-hint">{t('timeline.suggestions.intro')}</p>
      {handled > 0 && (
        <label className="tl-toggle">
          <input type="checkbox" checked={showHandled} onChange={(e) => setShowHandled(e.target.checked)} />{' '}
          {t('timeline.suggestions.showHandled', { count: handled })}
        </label>
      )}
      {shown.length === 0 ? (
        <p className="panel-empty">{t('timeline.suggestions.none')}</p>
      ) : (
        <ul className="tl-suggestions__list">
          {shown.map((s) => (
            <SuggestionCard key={s.id} s={s} lanes={lanes} bundle={bundle} lang={lang} {...actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

function defaultLane(s: SuggestionWithStatus, lanes: TimelineLane[]): string {
  return s.laneId ?? lanes.find((l) => l.kind === 'milestones')?.id ?? lanes[0]?.id ?? '';
}

function SuggestionCard({
  s,
  lanes,
  bundle,
  lang,
  onAccept,
  onDismiss,
  onShowInText,
  onShowEvent,
}: { s: SuggestionWithStatus } & Omit<Props, 'suggestions'>) {
  const { t } = useTranslation();
  const id = useId();
  const [laneId, setLaneId] = useState(() => defaultLane(s, lanes));
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(s.label);
  const [kind, setKind] = useState<'point' | 'span'>(s.end || s.role === 'start' ? 'span' : 'point');
  const doc = bundle.documents.find((d) => d.id === s.documentId);
  // The date's words inside the sentence, marked.
  const at = s.datePosition.start - s.position.start;
  const dateInSentence = at >= 0 && s.sentence.slice(at, at + s.dateText.length) === s.dateText;
  const date = formatFuzzyDate(s.date, lang) + (s.end ? ` – ${formatFuzzyDate(s.end, lang)}` : '');
  return (
    <li className={`tl-suggestion tl-suggestion--${s.status}`} data-suggestion-id={s.id} aria-labelledby={`${id}-date`}>
      <p className="tl-suggestion__date" id={`${id}-date`}>
        <strong>{date}</strong>
        {s.role && ` · ${t(`timeline.suggestions.role.${s.role}`)}`}
        {s.planned && (
          <>
            {' · '}
            <abbr className="tl-suggestion__flag" title={t('timelineDates.plannedHint')}>
              {t('timelineDates.planned')}
            </abbr>
          </>
        )}
        {s.ambiguous && (
          <>
            {' · '}
            <abbr className="tl-suggestion__flag" title={t('timelineDates.ambiguousHint')}>
              {t('timelineDates.ambiguous')}
            </abbr>
          </>
        )}
        {s.status !== 'new' && ` · ${t(`timeline.suggestions.status.${s.status}`)}`}
      </p>
      <blockquote className="tl-suggestion__sentence" lang={s.language}>
        {dateInSentence ? (
          <>
            {s.sentence.slice(0, at)}
            <mark>{s.dateText}</mark>
            {s.sentence.slice(at + s.dateText.length)}
          </>
        ) : (
          s.sentence
        )}
        {doc && <footer>{t('timeline.from', { document: doc.title })}</footer>}
      </blockquote>
      {s.status === 'new' && (
        <>
          <div className="tl-suggestion__lane">
            <label htmlFor={`${id}-lane`}>{t('timeline.lane')}</label>
            <LaneSelect id={`${id}-lane`} lanes={lanes} lang={lang} value={laneId} onChange={setLaneId} />
          </div>
          {editing && (
            <div className="tl-suggestion__edit">
              <label htmlFor={`${id}-label`}>{t('timeline.form.label')}</label>
              <textarea id={`${id}-label`} lang={s.language} rows={2} value={label} onChange={(e) => setLabel(e.target.value)} />
              <label htmlFor={`${id}-kind`}>{t('timeline.form.kind')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as 'point' | 'span')}>
                <option value="point">{t('timeline.kind.point')}</option>
                <option value="span">{t('timeline.kind.span')}</option>
              </select>
            </div>
          )}
        </>
      )}
      <div className="tl-actions">
        {s.status === 'new' && (
          <>
            <button
              type="button"
              className="primary"
              disabled={!laneId || !label.trim()}
              onClick={() => onAccept(s, { laneId, kind, ...(label.trim() !== s.label ? { label: label.trim() } : {}) })}
            >
              {t('timeline.suggestions.accept')}
            </button>
            {!editing && (
              <button type="button" onClick={() => setEditing(true)}>
                {t('timeline.suggestions.edit')}
              </button>
            )}
            <button type="button" onClick={() => onDismiss(s, true)}>
              {t('timeline.suggestions.dismiss')}
            </button>
          </>
        )}
        {s.status === 'dismissed' && (
          <button type="button" onClick={() => onDismiss(s, false)}>
            {t('timeline.suggestions.restore')}
          </button>
        )}
        {s.status === 'on-timeline' && s.eventId && (
          <button type="button" onClick={() => onShowEvent(s.eventId!)}>
            {t('timeline.suggestions.showEvent')}
          </button>
        )}
        <button type="button" onClick={() => onShowInText(s)}>
          {t('timeline.showInText')}
        </button>
      </div>
    </li>
  );
}
