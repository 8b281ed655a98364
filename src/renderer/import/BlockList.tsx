import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockRole, type DraftDocument } from '../../shared/model/import-draft';
import type { DraftEdit } from './draft-edits';

/**
 * The document's text, block by block, each with what it is (body, About, comments, furniture to drop).
 * Select words in it and "Mark selection as quote" makes them a quote. Dropped blocks leave this list
 * (they are listed, restorable, under "Dropped").
 */
export function BlockList({ document, edit }: { document: DraftDocument; edit(change: DraftEdit): void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLOListElement>(null);
  // Kept as the selection changes: pressing the button may move focus, and with it the selection.
  const selected = useRef('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    const onChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      if (container.current?.contains(selection.getRangeAt(0).commonAncestorContainer)) selected.current = selection.toString().trim();
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, []);

  const markQuote = () => {
    const text = selected.current.replace(/\s+/g, ' ');
    if (!text) return setMessage(t('importer.blocks.selectFirst'));
    edit({ type: 'addQuote', documentId: document.id, text });
    selected.current = '';
    window.getSelection()?.removeAllRanges();
    setMessage(t('importer.blocks.quoteAdded', { text: text.length > 60 ? `${text.slice(0, 60)}…` : text }));
  };

  const shown = document.blocks.filter((b) => b.role !== 'furniture');
  return (
    <section className="block-list" aria-label={t('importer.blocks.heading', { title: document.title })}>
      <div className="block-list__tools">
        <button type="button" onClick={markQuote}>
          {t('importer.blocks.markQuote')}
        </button>
        <p role="status" className="block-list__status">
          {message}
        </p>
      </div>
      <ol ref={container} className="block-list__blocks">
        {shown.map((block, index) => (
          <li key={block.id} className={`draft-block draft-block--${block.role}`}>
            <select
              aria-label={t('importer.blocks.role', { n: index + 1 })}
              value={block.role}
              onChange={(e) => edit({ type: 'blockRole', blockId: block.id, role: BlockRole.parse(e.target.value) })}
            >
              {BlockRole.options.map((role) => (
                <option key={role} value={role}>
                  {t(`importer.role.${role}`)}
                </option>
              ))}
            </select>
            <p className={`draft-block__text draft-block__text--${block.kind}`} lang={document.language.value}>
              {block.kind === 'image' ? t('documentImages.editorBlock', { alt: block.text }) : block.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
