import { useMemo, useRef, type ReactNode } from 'react';
import { DocumentView } from './DocumentView';
import { Gallery } from './Gallery';
import { LanguageFilterNotice } from './LanguageFilterNotice';
import { MentionCard, WhoIsWhoDescriptions } from './MentionCard';
import { useReader } from './reader-context';
import { useTrackReadingPosition } from './reading-position';

export const READER_ELEMENT_ID = 'reader';
/** Above this many characters of text, documents off screen skip layout (content-visibility: auto). */
const LARGE_BUNDLE_CHARACTERS = 200_000;

/** The reading column: the find bar (when open), every visible document in bundle order, then the images. */
export function ReaderView({ findBar }: { findBar: ReactNode }) {
  const { bundle, visibleDocuments, decorationsFor } = useReader();
  const column = useRef<HTMLElement>(null);
  useTrackReadingPosition(column, visibleDocuments);
  const large = useMemo(() => bundle.documents.reduce((n, d) => n + d.text.length, 0) > LARGE_BUNDLE_CHARACTERS, [bundle]);
  return (
    <main className={`reader${large ? ' reader--large' : ''}`} id={READER_ELEMENT_ID} ref={column} tabIndex={-1}>
      {findBar}
      <LanguageFilterNotice />
      {visibleDocuments.map((doc) => (
        <DocumentView key={doc.id} doc={doc} manifest={bundle.manifest} decorations={decorationsFor(doc.id)} />
      ))}
      {bundle.manifest.assets.length > 0 && <Gallery assets={bundle.manifest.assets} />}
      <WhoIsWhoDescriptions />
      <MentionCard container={column} />
    </main>
  );
}
