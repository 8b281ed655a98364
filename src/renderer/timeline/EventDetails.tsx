import { useTranslation } from 'react-i18next';
import type { LoadedBundle } from '../../shared/model/document';
import type { TimelineLane } from '../../shared/model/timeline';
import { formatEventDates, type DateLanguage } from '../../shared/timeline/format-date';
import { pickText } from '../../shared/timeline/lanes';
import type { ResolvedTimelineEvent } from '../../shared/timeline/types';

interface Props {
  event: ResolvedTimelineEvent;
  lanes: TimelineLane[];
  bundle: LoadedBundle;
  lang: DateLanguage;
  onShowInText(): void;
  onEdit(): void;
  onDelete(): void;
  onRevert(): void;
  onClose(): void;
}

/** The chosen event in full: what the chart can only abbreviate, where it comes from, and what can be done with it. */
export function EventDetails({ event, lanes, bundle, lang, onShowInText, onEdit, onDelete, onRevert, onClose }: Props) {
  const { t } = useTranslation();
  const lane = lanes.find((l) => l.id === event.laneId);
  const doc = event.source && bundle.documents.find((d) => d.id === event.source!.documentId);
  const description = pickText(event.description, lang);
  return (
    <section className="tl-details" aria-labelledby={`tl-details-${event.id}`} data-event-id={event.id}>
      <h3 id={`tl-details-${event.id}`} className="tl-details__title">
        {pickText(event.label, lang)}
      </h3>
      <p className="tl-details__meta">
        <span className="tl-details__dates">{formatEventDates(event, lang)}</span>
        {lane && ` · ${pickText(lane.label, lang)}`}
        {event.provenance !== 'bundle' && ` · ${t(`timeline.provenance.${event.provenance}`)}`}
      </p>
      {description && <p className="tl-details__description">{description}</p>}
      {event.source && (
        <blockquote className="tl-details__quote" lang={doc?.language}>
          {event.source.quote.exact}
          {doc && <footer>{t('timeline.from', { document: doc.title })}</footer>}
        </blockquote>
      )}
      <div className="tl-actions">
        {event.source && (
          <button type="button" className="primary" onClick={onShowInText}>
            {t('timeline.showInText')}
          </button>
        )}
        <button type="button" onClick={onEdit}>
          {t('timeline.edit')}
        </button>
        {event.provenance === 'edited' && (
          <button type="button" onClick={onRevert}>
            {t('timeline.revert')}
          </button>
        )}
        <button type="button" onClick={onDelete}>
          {event.provenance === 'bundle' || event.provenance === 'edited' ? t('timeline.hide') : t('timeline.delete')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
