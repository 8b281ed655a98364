import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateLanguage } from '../../shared/timeline/format-date';
import { pickText } from '../../shared/timeline/lanes';
import { TimelineExportFormat, type ResolvedTimeline } from '../../shared/timeline/types';
import { api } from '../api/client';
import { downloadText } from '../app/download';

interface Props {
  lang: DateLanguage;
  /** Runs a change through the service and reloads the timeline (null when it failed and was reported). */
  change<T>(action: () => Promise<T>): Promise<T | null>;
  current: ResolvedTimeline;
  onError(message: string): void;
  /** The events an import added, to mark them in the view. */
  onImported(ids: string[]): void;
}

interface Report {
  fileName: string;
  added: number;
  skipped: number;
  lanesAdded: number;
  labels: string[];
}

/** Export the timeline (TimelineJS3 JSON, the bundle's JSON, CSV) and import a TimelineJS3 file, saying what it added. */
export function TransferPanel({ lang, change, current, onError, onImported }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<Report | null>(null);

  const exportAs = async (format: TimelineExportFormat) => {
    try {
      downloadText(await api.exportTimeline({ format, language: lang }));
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    }
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const before = new Set(current.events.map((ev) => ev.id));
    const text = await file.text();
    const result = await change(() => api.importTimelineJs({ text, fileName: file.name, language: lang }));
    if (!result) return;
    const added = result.timeline.events.filter((ev) => !before.has(ev.id));
    setReport({
      fileName: file.name,
      added: result.added,
      skipped: result.skipped,
      lanesAdded: result.lanesAdded,
      labels: added.map((ev) => pickText(ev.label, lang)),
    });
    onImported(added.map((ev) => ev.id));
  };

  return (
    <section className="tl-transfer" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tl-heading">
        {t('timeline.transfer.title')}
      </h3>
      <div className="tl-actions" role="group" aria-label={t('timeline.transfer.exportAs')}>
        {TimelineExportFormat.options.map((format) => (
          <button key={format} type="button" onClick={() => void exportAs(format)} data-format={format}>
            {t(`timeline.transfer.format.${format}`)}
          </button>
        ))}
      </div>
      <div className="tl-actions">
        <button type="button" onClick={() => input.current?.click()}>
          {t('timeline.transfer.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('timeline.transfer.import')}
          onChange={(e) => void importFile(e)}
        />
      </div>
      <div aria-live="polite">
        {report && (
          <div className="tl-report">
            <p>
              {t('timeline.transfer.imported', {
                file: report.fileName,
                count: report.added,
                skipped: report.skipped,
                lanes: report.lanesAdded,
              })}
            </p>
            {report.labels.length > 0 && (
              <ul>
                {report.labels.map((label, i) => (
                  <li key={i}>{label}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
