import { useTranslation } from 'react-i18next';
import type { ImportDraft } from '../../shared/model/import-draft';
import type { DraftEdit } from './draft-edits';

/** Everything dropped as page furniture, with why, and a button to put each back into the text. */
export function DroppedBlocks({ draft, edit }: { draft: ImportDraft; edit(change: DraftEdit): void }) {
  const { t } = useTranslation();
  const dropped = draft.documents.flatMap((d) => d.blocks.filter((b) => b.role === 'furniture').map((b) => ({ block: b, document: d })));
  return (
    <section className="import-section" aria-labelledby="import-dropped">
      <h2 id="import-dropped">{t('importer.dropped.heading', { count: dropped.length })}</h2>
      {dropped.length === 0 ? (
        <p>{t('importer.dropped.none')}</p>
      ) : (
        <ul className="dropped-list">
          {dropped.map(({ block, document }) => (
            <li key={block.id}>
              <span className="dropped-list__text">{block.text || block.markdown}</span>
              <span className="dropped-list__why">
                {document.title} · {block.where}
                {block.reason ? ` · ${block.reason}` : ''}
              </span>
              <button type="button" onClick={() => edit({ type: 'blockRole', blockId: block.id, role: 'body' })}>
                {t('importer.dropped.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
