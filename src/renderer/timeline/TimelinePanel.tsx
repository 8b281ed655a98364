import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLanguageOf } from '../../shared/timeline/format-date';
import { pickText } from '../../shared/timeline/lanes';
import type { ResolvedTimelineEvent, SuggestionWithStatus } from '../../shared/timeline/types';
import { api } from '../api/client';
import { useReader } from '../reader/reader-context';
import '../styles/timeline.css';
import '../styles/timeline-forms.css';
import { EventDetails } from './EventDetails';
import { EventForm, type EventInput } from './EventForm';
import { resolveSource } from './source';
import { Suggestions, type AcceptChoice } from './Suggestions';
import { TimelineChart } from './TimelineChart';
import { TimelineList } from './TimelineList';
import { TransferPanel } from './TransferPanel';
import { useTimelineData } from './useTimelineData';

type View = 'chart' | 'list';

interface Status {
  message: string;
  undo?: () => void;
}

/** Side panel with the partnership timeline (built on src/core/timeline through the API). */
export function TimelinePanel() {
  const { t, i18n } = useTranslation();
  const lang = dateLanguageOf(i18n.language);
  const { bundle, revealRange } = useReader();
  const data = useTimelineData(bundle.contentHash);
  const [now] = useState(() => Date.now());
  const [view, setView] = useState<View>('chart');
  const [wide, setWide] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const timeline = data.timeline;
  const events = timeline?.events;
  const selected = useMemo(() => events?.find((e) => e.id === selectedId) ?? null, [events, selectedId]);

  /** Scrolls the reader to the passage (the stored position, or the quote found again in the text) and flashes it. */
  const showSource = useCallback(
    (source: ResolvedTimelineEvent['source']) => {
      if (!source) return setStatus({ message: t('timeline.noSource') });
      const doc = bundle.documents.find((d) => d.id === source.documentId);
      const range = doc && resolveSource(source, doc.text);
      if (!range) return setStatus({ message: t('timeline.sourceMissing') });
      revealRange(range.documentId, range.start, range.end);
    },
    [bundle, revealRange, t],
  );

  const activate = useCallback(
    (event: ResolvedTimelineEvent) => {
      setSelectedId(event.id);
      setEditing(null);
      if (event.source) showSource(event.source);
    },
    [showSource],
  );

  if (data.error && !timeline)
    return (
      <p className="tl-problem" role="alert">
        {t('timeline.loadFailed', { message: data.error })}
      </p>
    );
  if (!timeline) return <p className="panel-empty">{t('timeline.loading')}</p>;

  const label = (e: { label: ResolvedTimelineEvent['label'] }) => pickText(e.label, lang);

  const save = async (input: EventInput) => {
    const saved = await data.change(() => api.saveTimelineEvent({ event: input }));
    if (!saved) return;
    setEditing(null);
    setSelectedId(saved.id);
    setStatus({ message: t('timeline.saved', { label: label(saved) }) });
  };

  const remove = async (event: ResolvedTimelineEvent) => {
    if (!(await data.change(() => api.deleteTimelineEvent({ id: event.id })))) return;
    setSelectedId(null);
    const fromBundle = event.provenance === 'bundle' || event.provenance === 'edited';
    const { provenance: _p, ...stored } = event;
    const undo = () => {
      setStatus(null);
      void data.change(() => (fromBundle ? api.revertTimelineEvent({ id: event.id }) : api.saveTimelineEvent({ event: stored })));
    };
    setStatus({ message: t('timeline.deleted', { label: label(event) }), undo });
  };

  const accept = async (s: SuggestionWithStatus, choice: AcceptChoice) => {
    const event = await data.change(() => api.acceptSuggestion({ suggestionId: s.id, ...choice }));
    if (!event) return;
    setSelectedId(event.id);
    const lane = timeline.lanes.find((l) => l.id === event.laneId);
    setStatus({
      message: t('timeline.suggestions.accepted', { label: label(event), lane: lane ? pickText(lane.label, lang) : event.laneId }),
    });
  };

  const dismiss = async (s: SuggestionWithStatus, dismissed: boolean) => {
    if (!(await data.change(() => api.dismissSuggestion({ suggestionId: s.id, dismissed })))) return;
    setStatus({ message: t(dismissed ? 'timeline.suggestions.dismissed' : 'timeline.suggestions.restored') });
  };

  const showSuggestion = (s: SuggestionWithStatus) => showSource({ documentId: s.documentId, quote: s.quote, position: s.position });

  const editingEvent = editing && editing !== 'new' ? timeline.events.find((e) => e.id === editing) : undefined;
  const empty = timeline.events.length === 0;

  return (
    <div className={`timeline${wide ? ' timeline--wide' : ''}`}>
      <div className="tl-bar-top">
        <div className="tl-views" role="group" aria-label={t('timeline.view')}>
          {(['chart', 'list'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`timeline.views.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" aria-pressed={wide} onClick={() => setWide((w) => !w)} className="tl-wide-toggle">
          {wide ? t('timeline.narrow') : t('timeline.wide')}
        </button>
      </div>
      {timeline.notices.map((n) => (
        <p key={n} className="tl-notice" role="status">
          {n}
        </p>
      ))}
      {empty ? (
        <p className="panel-empty">{t('panels.timelineEmpty')}</p>
      ) : view === 'chart' ? (
        <TimelineChart
          lanes={timeline.lanes}
          events={timeline.events}
          lang={lang}
          now={now}
          selectedId={selectedId}
          onActivate={activate}
        />
      ) : (
        <TimelineList
          lanes={timeline.lanes}
          events={timeline.events}
          lang={lang}
          selectedId={selectedId}
          fresh={fresh}
          onActivate={activate}
        />
      )}
      {view === 'chart' && !empty && <Legend />}
      <div className="tl-status" role="status" aria-live="polite">
        {status && (
          <p>
            {status.message}{' '}
            {status.undo && (
              <button type="button" onClick={status.undo}>
                {t('timeline.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {data.error && (
        <p className="tl-problem" role="alert">
          {data.error}{' '}
          <button type="button" onClick={data.clearError}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {editing ? (
        <EventForm
          key={editing}
          lanes={timeline.lanes}
          lang={lang}
          event={editingEvent}
          onSave={(e) => void save(e)}
          onCancel={() => setEditing(null)}
        />
      ) : selected ? (
        <EventDetails
          event={selected}
          lanes={timeline.lanes}
          bundle={bundle}
          lang={lang}
          onShowInText={() => showSource(selected.source)}
          onEdit={() => setEditing(selected.id)}
          onDelete={() => void remove(selected)}
          onRevert={() => void data.change(() => api.revertTimelineEvent({ id: selected.id }))}
          onClose={() => setSelectedId(null)}
        />
      ) : (
        <button type="button" className="tl-add" onClick={() => setEditing('new')}>
          {t('timeline.addEvent')}
        </button>
      )}
      <Suggestions
        suggestions={data.suggestions}
        lanes={timeline.lanes}
        bundle={bundle}
        lang={lang}
        onAccept={(s, c) => void accept(s, c)}
        onDismiss={(s, d) => void dismiss(s, d)}
        onShowInText={showSuggestion}
        onShowEvent={(id) => setSelectedId(id)}
      />
      <TransferPanel
        lang={lang}
        change={data.change}
        current={timeline}
        onError={(m) => setStatus({ message: m })}
        onImported={(ids) => setFresh(new Set(ids))}
      />
    </div>
  );
}

/** What the chart's shapes mean. */
function Legend() {
  const { t } = useTranslation();
  const swatch = (cls: string) => (
    <svg className={`tl-swatch ${cls}`} width="28" height="10" aria-hidden="true">
      <rect x="0" y="2" width="28" height="6" />
    </svg>
  );
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend.title')}>
      <li>
        {swatch('tl-swatch--solid')} {t('timeline.legend.known')}
      </li>
      <li>
        {swatch('tl-swatch--fuzzy')} {t('timeline.legend.uncertain')}
      </li>
      <li>
        <svg className="tl-swatch tl-swatch--now" width="10" height="12" aria-hidden="true">
          <line x1="5" x2="5" y1="0" y2="12" />
        </svg>{' '}
        {t('timeline.legend.today')}
      </li>
    </ul>
  );
}
