import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BundleSearch } from '../../../shared/text/find';
import { useDecorationLayer, useReader, type DocumentDecoration } from '../reader-context';
import { useReadingPosition } from '../reading-position';
import { whenDrawn } from '../when-drawn';
import { firstMatchFrom, highlightWindow } from './find-state';

/** Waits this long after the last keystroke before searching, so typing stays fluid on a large bundle. */
const TYPING_PAUSE_MS = 120;

interface Props {
  initialQuery: string;
  /** Changes each time find is asked for again (Ctrl+F while open): focus and select the query. */
  focusRequest: number;
  onClose(query: string): void;
}

/** Brings the current match into view once it has been drawn. */
const revealCurrentMatch = () =>
  whenDrawn(
    () => document.querySelector('.find-match--current'),
    (el) => el.scrollIntoView({ block: 'center' }),
  );

/**
 * Find in the bundle: every visible document, case- and accent-insensitive, with the match count,
 * next/previous (Enter, Shift+Enter, F3) and every match highlighted, the current one set apart.
 */
export function FindBar({ initialQuery, focusRequest, onClose }: Props) {
  const { t } = useTranslation();
  const { visibleDocuments } = useReader();
  const reading = useReadingPosition();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  // The query searched for, and the document being read when it was: find starts there.
  const [searched, setSearched] = useState({ query: initialQuery, from: reading.documentId });
  const search = useMemo(() => new BundleSearch(), []);
  const matches = useMemo(() => search.search(visibleDocuments, searched.query), [search, visibleDocuments, searched.query]);
  // The current match belongs to one result list; a new list starts from where the reader is.
  const [cursor, setCursor] = useState<{ of: typeof matches; index: number } | null>(null);
  const order = useMemo(() => visibleDocuments.map((d) => d.id), [visibleDocuments]);
  const current = cursor?.of === matches ? cursor.index : firstMatchFrom(matches, order, searched.from);

  const readingNow = useRef(reading.documentId);
  useEffect(() => {
    readingNow.current = reading.documentId;
  }, [reading.documentId]);
  useEffect(() => {
    const timer = window.setTimeout(
      () => setSearched((prev) => (prev.query === query ? prev : { query, from: readingNow.current })),
      query.trim() === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const { from, to } = highlightWindow(matches, current);
  const highlights = useMemo<DocumentDecoration[]>(
    () => matches.slice(from, to).map((m) => ({ ...m, className: 'find-match' })),
    [matches, from, to],
  );
  const currentMatch = matches[current];
  const currentLayer = useMemo<DocumentDecoration[]>(
    () => (currentMatch ? [{ ...currentMatch, className: 'find-match--current' }] : []),
    [currentMatch],
  );
  useDecorationLayer('find', highlights);
  useDecorationLayer('find-current', currentLayer);
  useEffect(() => {
    if (currentMatch) revealCurrentMatch();
  }, [currentMatch]);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setCursor({ of: matches, index: (current + delta + matches.length) % matches.length });
  };
  const close = () => onClose(query);

  // F3 / Shift+F3 and Ctrl+G / Ctrl+Shift+G step through matches wherever focus is.
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const isF3 = event.key === 'F3';
      const isCtrlG = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'g';
      if (!isF3 && !isCtrlG) return;
      event.preventDefault();
      stepRef.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pending = query !== searched.query;
  const status =
    searched.query.trim() === ''
      ? ''
      : matches.length === 0
        ? t('find.none')
        : t('find.count', { current: current + 1, total: matches.length });
  return (
    <search
      className="find-bar"
      aria-label={t('find.label')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        aria-describedby="find-status"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <output id="find-status" className="find-bar__status" aria-live="polite" aria-busy={pending}>
        {status}
      </output>
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={matches.length === 0}
        aria-label={t('find.previous')}
        title={t('find.previous')}
      >
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label={t('find.next')} title={t('find.next')}>
        ↓
      </button>
      <button type="button" onClick={close} aria-label={t('find.close')} title={t('find.close')}>
        ✕
      </button>
    </search>
  );
}
