import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/annotations/import-report';
import { reportCounts, reportLines, shortQuote } from './annotation-view';
import { annotationsStore, useAnnotations, type ExportFormat } from './store';

const FORMATS: readonly { format: ExportFormat; key: string }[] = [
  { format: 'jsonld', key: 'annotations.tools.exportJsonld' },
  { format: 'md', key: 'annotations.tools.exportMarkdown' },
  { format: 'csv', key: 'annotations.tools.exportCsv' },
];

/** What an import did: counts first, then each item that was not added and why (the service's words). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = reportCounts(report);
  const lines = reportLines(report);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('annotations.report.title', { file: report.file })}</h3>
      <ul className="import-report__counts">
        <li data-count="added">{t('annotations.report.added', { count: counts.added })}</li>
        <li data-count="duplicates">{t('annotations.report.duplicates', { count: counts.duplicates })}</li>
        <li data-count="orphaned">{t('annotations.report.orphaned', { count: counts.orphaned, kept: counts.kept })}</li>
        <li data-count="rejected">{t('annotations.report.rejected', { count: counts.rejected })}</li>
      </ul>
      {report.warnings.length > 0 && (
        <ul className="import-report__warnings">
          {report.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {lines.length > 0 && (
        <details className="import-report__details">
          <summary>{t('annotations.report.details', { count: lines.length })}</summary>
          <ol>
            {lines.map((line) => (
              <li key={`${line.outcome}-${line.index}`}>
                <strong>{t(`annotations.report.outcome.${line.outcome}`, { index: line.index + 1 })}</strong>
                {line.quote !== null && <> “{shortQuote(line.quote, 80)}”</>}: {line.reason}
              </li>
            ))}
          </ol>
        </details>
      )}
      <button type="button" onClick={() => annotationsStore.dismissImportReport()}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}

/** Export as W3C JSON-LD, Markdown or CSV (downloaded the same way in both hosts); import a JSON-LD file. */
export function AnnotationTools() {
  const { t, i18n } = useTranslation();
  const { importReport, items } = useAnnotations();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const onFile = () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    void annotationsStore.importFile(file).then(() => {
      if (input.current) input.current.value = '';
    });
  };
  return (
    <details className="annotation-tools">
      <summary>{t('annotations.tools.title')}</summary>
      <div className="annotation-tools__row" role="group" aria-label={t('annotations.tools.export')}>
        {FORMATS.map(({ format, key }) => (
          <button
            key={format}
            type="button"
            disabled={items.length === 0}
            onClick={() => void annotationsStore.exportAs(format, i18n.language)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div className="annotation-tools__import">
        <label htmlFor={inputId}>{t('annotations.tools.import')}</label>
        <input id={inputId} ref={input} type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={onFile} />
      </div>
      {importReport && <ImportReportView report={importReport} />}
    </details>
  );
}
