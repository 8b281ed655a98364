import { useTranslation } from 'react-i18next';
import type { TimelineLane } from '../../shared/model/timeline';
import type { DateLanguage } from '../../shared/timeline/format-date';
import { chronologicalList, pickText } from '../../shared/timeline/lanes';
import type { ResolvedTimelineEvent } from '../../shared/timeline/types';

interface Props {
  lanes: TimelineLane[];
  events: ResolvedTimelineEvent[];
  lang: DateLanguage;
  selectedId: string | null;
  /** Ids to mark as just added (an import). */
  fresh?: ReadonlySet<string>;
  onActivate(event: ResolvedTimelineEvent): void;
}

/** The same events as the chart, as text in date order: for screen readers, the keyboard, and reading. */
export function TimelineList({ lanes, events, lang, selectedId, fresh, onActivate }: Props) {
  const { t } = useTranslation();
  const entries = chronologicalList({ lanes, events }, lang);
  return (
    <ol className="tl-list" aria-label={t('timeline.listLabel')}>
      {entries.map(({ event, lane, dateText, label }) => (
        <li
          key={event.id}
          className={`tl-list__item tl-kind--${lane.kind}${event.id === selectedId ? ' is-selected' : ''}`}
          data-event-id={event.id}
        >
          <span className="tl-list__date">{dateText}</span>
          <button
            type="button"
            className="tl-list__label"
            onClick={() => onActivate(event)}
            aria-current={event.id === selectedId ? 'true' : undefined}
          >
            {label}
          </button>
          <span className="tl-list__meta">
            {pickText(lane.label, lang)}
            {event.kind === 'span' ? ` · ${t('timeline.kind.span')}` : ''}
            {event.provenance !== 'bundle' ? ` · ${t(`timeline.provenance.${event.provenance}`)}` : ''}
            {fresh?.has(event.id) ? ` · ${t('timeline.transfer.new')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
