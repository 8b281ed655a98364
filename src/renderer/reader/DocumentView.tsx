import { memo, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleManifest } from '../../shared/model/bundle';
import type { LoadedDocument } from '../../shared/model/document';
import type { Decoration } from '../../shared/text/segments';
import { BlockView } from './BlockView';
import { decorationsByBlock, documentElementId, documentStructure } from './document-structure';
import { fixedDecorations } from './fixed-decorations';
import { LanguageBadge } from './LanguageBadge';

interface Props {
  doc: LoadedDocument;
  manifest: BundleManifest;
  decorations: readonly Decoration[];
}

/** Height to reserve for a document that is off screen (content-visibility: auto), in lines of its own text. */
function estimatedLines(doc: LoadedDocument): number {
  return Math.ceil(doc.text.length / 65) + doc.blocks.length + 4;
}

/**
 * One bundle document: its header (kind, title, language) and its blocks. Memoised, and each block
 * memoised on its own decorations, so a find keystroke or a new highlight redraws only what changed.
 */
export const DocumentView = memo(function DocumentView({ doc, manifest, decorations }: Props) {
  const { t, i18n } = useTranslation();
  const { titleBlock } = documentStructure(doc);
  const fixed = useMemo(() => fixedDecorations(doc, manifest), [doc, manifest]);
  const perBlock = useMemo(
    () => decorationsByBlock(doc.blocks, decorations.length ? [...fixed, ...decorations] : fixed),
    [doc.blocks, fixed, decorations],
  );
  const quotes = useMemo(() => manifest.quotes.filter((q) => q.documentId === doc.id), [manifest, doc.id]);
  const style = useMemo(() => ({ containIntrinsicSize: `auto ${estimatedLines(doc) * 1.65}em` }) as CSSProperties, [doc]);

  return (
    <article
      className={`document document--${doc.kind}`}
      lang={doc.language}
      id={documentElementId(doc.id)}
      aria-labelledby={`doc-${doc.id}-title`}
      data-document-id={doc.id}
      data-outline-root=""
      style={style}
    >
      <header className="document__header">
        <span className="document__kind" lang={i18n.language}>
          {t(`reader.kind.${doc.kind}`)}
        </span>
        <LanguageBadge language={doc.language} />
        {!titleBlock && (
          <h2 id={`doc-${doc.id}-title`} className="document__title" tabIndex={-1}>
            {doc.title}
          </h2>
        )}
      </header>
      <div className="document__body">
        {doc.blocks.map((block, i) => (
          <BlockView key={block.start} doc={doc} block={block} quotes={quotes} manifest={manifest} decorations={perBlock[i]!} />
        ))}
      </div>
    </article>
  );
});
