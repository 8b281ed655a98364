import { useTranslation } from 'react-i18next';
import type { BundleManifest, Quote } from '../../shared/model/bundle';
import type { Block, LoadedDocument } from '../../shared/model/document';
import type { Decoration } from '../../shared/text/segments';
import { BlockText } from './BlockText';
import { PullQuote } from './PullQuote';

interface Props {
  doc: LoadedDocument;
  manifest: BundleManifest;
  decorations: readonly Decoration[];
}

const headingTag = (level: number) => `h${Math.min(6, level + 2)}` as 'h3' | 'h4' | 'h5' | 'h6';

/** One bundle document: its header (kind, title, language) and its blocks. */
export function DocumentView({ doc, manifest, decorations }: Props) {
  const { t } = useTranslation();
  const quotes = manifest.quotes.filter((q) => q.documentId === doc.id);
  const datelineDecorations: Decoration[] = [];
  if (doc.dateline) {
    const at = doc.text.indexOf(doc.dateline.text);
    if (at >= 0) datelineDecorations.push({ start: at, end: at + doc.dateline.text.length, className: 'dateline' });
  }
  const all = [...datelineDecorations, ...decorations];
  const inBlock = (b: Block) => all.filter((d) => d.start < b.end && d.end > b.start);
  const titleIsHeading = doc.blocks[0]?.kind === 'heading' && doc.blocks[0].text === doc.title;
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');

  return (
    <article className={`document document--${doc.kind}`} lang={doc.language} id={`doc-${doc.id}`} aria-labelledby={`doc-${doc.id}-title`} data-document-id={doc.id}>
      <header className="document__header">
        <span className="document__kind">{t(`reader.kind.${doc.kind}`)}</span>
        <span className="badge" title={t('reader.languageBadge', { language: t(`reader.language.${doc.language}`, { defaultValue: doc.language }) })}>
          {doc.language.toUpperCase()}
        </span>
        {!titleIsHeading && (
          <h2 id={`doc-${doc.id}-title`} className="document__title">
            {doc.title}
          </h2>
        )}
      </header>
      <div className="document__body">
        {doc.blocks.map((block, i) => {
          const key = `${doc.id}-${block.start}`;
          const text = <BlockText block={block} decorations={inBlock(block)} />;
          const common = { 'data-block-start': block.start, 'data-document-id': doc.id };
          if (block.kind === 'heading') {
            if (i === 0 && titleIsHeading)
              return (
                <h2 key={key} id={`doc-${doc.id}-title`} className="document__headline" {...common}>
                  {text}
                </h2>
              );
            const Tag = headingTag(block.level ?? 1);
            const isSubhead = doc.subhead !== undefined && block.text === doc.subhead;
            return (
              <Tag key={key} className={isSubhead ? 'document__subhead' : undefined} {...common}>
                {text}
              </Tag>
            );
          }
          const quote: Quote | undefined = quotes.find((q) => block.text.includes(q.text));
          if (quote) return <PullQuote key={key} quote={quote} manifest={manifest} {...common}>{text}</PullQuote>;
          if (doc.kind === 'comments' && block.kind === 'paragraph') {
            const commentIndex = paragraphs.indexOf(block);
            const meta = doc.comments?.[commentIndex];
            return (
              <article key={key} className="comment" aria-label={t('reader.comment', { n: commentIndex + 1 })}>
                <header className="comment__meta">
                  {meta?.author ?? t('reader.anonymous')} · {meta?.date ?? t('reader.undated')}
                </header>
                <p {...common}>{text}</p>
              </article>
            );
          }
          if (block.kind === 'blockquote') return <blockquote key={key} {...common}>{text}</blockquote>;
          if (block.kind === 'listItem') return <p key={key} className="list-item" {...common}>{block.ordinal ? `${block.ordinal}. ` : '• '}{text}</p>;
          if (block.kind === 'code') return <pre key={key} {...common}>{text}</pre>;
          return <p key={key} {...common}>{text}</p>;
        })}
      </div>
    </article>
  );
}
