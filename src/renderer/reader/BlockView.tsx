import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleManifest, Quote } from '../../shared/model/bundle';
import type { Block, LoadedDocument } from '../../shared/model/document';
import type { Decoration } from '../../shared/text/segments';
import { BlockText } from './BlockText';
import { documentStructure, sameItems, sectionElementId } from './document-structure';
import { PlacedImage, placedAsset } from './PlacedImage';
import { PullQuote } from './PullQuote';

interface Props {
  doc: LoadedDocument;
  block: Block;
  quotes: readonly Quote[];
  manifest: BundleManifest;
  decorations: readonly Decoration[];
}

/** A reader comment: its author and date (or that the source gives none), then its text. */
function CommentBlock({ doc, block, children, common }: { doc: LoadedDocument; block: Block; children: ReactNode; common: object }) {
  const { t, i18n } = useTranslation();
  const commentIndex = doc.blocks.filter((b) => b.kind === 'paragraph').indexOf(block);
  const meta = doc.comments?.[commentIndex];
  return (
    <article className="comment" aria-label={t('reader.comment', { n: commentIndex + 1 })}>
      <header className="comment__meta" lang={i18n.language}>
        {meta?.author ?? t('reader.anonymous')} · {meta?.date ?? t('reader.undated')}
      </header>
      <p {...common}>{children}</p>
    </article>
  );
}

/**
 * One block of a document, drawn as what it is: title, subhead, section heading, pull quote, comment, paragraph…
 * No useTranslation here: a large bundle has thousands of blocks, and only comments have words of the interface.
 */
function BlockViewImpl({ doc, block, quotes, manifest, decorations }: Props) {
  const { titleBlock, subheadBlock, rank } = documentStructure(doc);
  const text = <BlockText block={block} decorations={decorations} />;
  // Only a block with a hard break ("\n" in its text) keeps its line breaks: pre-line everywhere would
  // cost layout on every paragraph of a large bundle for nothing. Code keeps <pre>'s own white space.
  const common = {
    'data-block-start': block.start,
    'data-document-id': doc.id,
    ...(block.kind !== 'code' && block.text.includes('\n') ? { 'data-hard-breaks': '' } : {}),
  };
  if (block.kind === 'heading') {
    if (block === titleBlock)
      return (
        <h2 id={`doc-${doc.id}-title`} className="document__headline" tabIndex={-1} {...common}>
          {text}
        </h2>
      );
    if (block === subheadBlock)
      return (
        <p className="document__subhead" {...common}>
          {text}
        </p>
      );
    const Tag = `h${rank(block)}` as const;
    return (
      <Tag id={sectionElementId(doc.id, block)} tabIndex={-1} data-outline-target="" {...common}>
        {text}
      </Tag>
    );
  }
  const quote = quotes.find((q) => block.text.includes(q.text));
  if (quote)
    return (
      <PullQuote quote={quote} manifest={manifest} {...common}>
        {text}
      </PullQuote>
    );
  if (doc.kind === 'comments' && block.kind === 'paragraph')
    return (
      <CommentBlock doc={doc} block={block} common={common}>
        {text}
      </CommentBlock>
    );
  if (block.kind === 'blockquote') return <blockquote {...common}>{text}</blockquote>;
  if (block.kind === 'listItem')
    return (
      <p className="list-item" {...common}>
        {block.ordinal ? `${block.ordinal}. ` : '• '}
        {text}
      </p>
    );
  if (block.kind === 'code') return <pre {...common}>{text}</pre>;
  const placed = block.kind === 'paragraph' ? placedAsset(block, manifest.assets) : null;
  if (placed) return <PlacedImage image={placed.image} asset={placed.asset} text={text} common={common} />;
  return <p {...common}>{text}</p>;
}

/** Redrawn only when its block or the decorations on it change (find keystrokes touch few blocks). */
export const BlockView = memo(
  BlockViewImpl,
  (a, b) =>
    a.doc === b.doc && a.block === b.block && a.quotes === b.quotes && a.manifest === b.manifest && sameItems(a.decorations, b.decorations),
);
