import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import type { Decoration } from '../../shared/text/segments';
import { sameItems } from './document-structure';
import { whenDrawn } from './when-drawn';

/** A decoration on one document of the bundle. */
export interface DocumentDecoration extends Decoration {
  documentId: string;
}

export interface ReaderApi {
  bundle: LoadedBundle;
  /** Documents shown after the content-language filter. */
  visibleDocuments: LoadedDocument[];
  contentLanguage: string;
  setContentLanguage(language: string): void;
  /** All decorations of one document, from every layer (find, highlights, flash…). */
  decorationsFor(documentId: string): Decoration[];
  /** Replaces one named layer of decorations; features own their layer ("find", "annotations"…). */
  setLayer(name: string, decorations: DocumentDecoration[]): void;
  /** Scrolls the passage into view and flashes it. */
  revealRange(documentId: string, start: number, end: number): void;
}

const ReaderContext = createContext<ReaderApi | null>(null);

export function useReader(): ReaderApi {
  const ctx = useContext(ReaderContext);
  if (!ctx) throw new Error('useReader outside ReaderProvider');
  return ctx;
}

/** Registers a feature's decorations for as long as the calling component lives. */
export function useDecorationLayer(name: string, decorations: DocumentDecoration[]): void {
  const { setLayer } = useReader();
  useEffect(() => {
    setLayer(name, decorations);
  }, [name, decorations, setLayer]);
  useEffect(() => () => setLayer(name, []), [name, setLayer]);
}

const FLASH_MS = 1800;
const NO_DECORATIONS: Decoration[] = [];

interface LayeredDecorations {
  layers: Record<string, DocumentDecoration[]>;
  /** Every layer's decorations grouped by document. */
  byDocument: Map<string, Decoration[]>;
}

/** Replaces one layer; a document whose decorations did not change keeps its array, so its memoised view is skipped. */
function withLayer(prev: LayeredDecorations, name: string, list: DocumentDecoration[]): LayeredDecorations {
  const layers = { ...prev.layers, [name]: list };
  const byDocument = new Map<string, Decoration[]>();
  for (const layer of Object.values(layers))
    for (const d of layer) {
      const arr = byDocument.get(d.documentId) ?? [];
      arr.push(d);
      byDocument.set(d.documentId, arr);
    }
  for (const [id, arr] of byDocument) {
    const before = prev.byDocument.get(id);
    if (before && sameItems(before, arr)) byDocument.set(id, before);
  }
  return { layers, byDocument };
}

interface Props {
  bundle: LoadedBundle;
  contentLanguage: string;
  onContentLanguageChange(language: string): void;
  children: ReactNode;
}

export function ReaderProvider({ bundle, contentLanguage, onContentLanguageChange, children }: Props) {
  const [decorations, setDecorations] = useState<LayeredDecorations>(() => ({ layers: {}, byDocument: new Map() }));
  const flashTimer = useRef<number | undefined>(undefined);

  const setLayer = useCallback((name: string, list: DocumentDecoration[]) => {
    setDecorations((prev) =>
      prev.layers[name] === list || (!prev.layers[name] && list.length === 0) ? prev : withLayer(prev, name, list),
    );
  }, []);
  const byDocument = decorations.byDocument;

  const revealRange = useCallback(
    (documentId: string, start: number, end: number) => {
      const doc = bundle.documents.find((d) => d.id === documentId);
      if (doc && contentLanguage !== 'all' && doc.language !== contentLanguage) onContentLanguageChange('all');
      setLayer('flash', [{ documentId, start, end, className: 'flash' }]);
      window.clearTimeout(flashTimer.current);
      flashTimer.current = window.setTimeout(() => setLayer('flash', []), FLASH_MS);
      // Wait for the flash segment to render, then bring it into view.
      whenDrawn(
        () => document.querySelector(`article[data-document-id="${CSS.escape(documentId)}"] .flash`),
        (target) => target.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      );
    },
    [bundle, contentLanguage, onContentLanguageChange, setLayer],
  );

  const visibleDocuments = useMemo(
    () => bundle.documents.filter((d) => contentLanguage === 'all' || d.language === contentLanguage),
    [bundle, contentLanguage],
  );
  const value = useMemo<ReaderApi>(
    () => ({
      bundle,
      visibleDocuments,
      contentLanguage,
      setContentLanguage: onContentLanguageChange,
      decorationsFor: (id) => byDocument.get(id) ?? NO_DECORATIONS,
      setLayer,
      revealRange,
    }),
    [bundle, visibleDocuments, contentLanguage, onContentLanguageChange, byDocument, setLayer, revealRange],
  );
  return <ReaderContext.Provider value={value}>{children}</ReaderContext.Provider>;
}
