import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoadedDocument } from '../../shared/model/document';
import { Contacts } from './Contacts';
import { DocumentView } from './DocumentView';
import { Gallery } from './Gallery';
import { LanguageFilterNotice } from './LanguageFilterNotice';
import { MentionCard, WhoIsWhoDescriptions } from './MentionCard';
import { useReader } from './reader-context';
import { useTrackReadingPosition } from './reading-position';

export const READER_ELEMENT_ID = 'reader';
/** Above this many characters of text, documents off screen skip layout (content-visibility: auto). */
const LARGE_BUNDLE_CHARACTERS = 200_000;
/** Characters of text drawn in the first frame, then in each frame after, until every document is in. */
const FIRST_FRAME_CHARACTERS = 30_000;
const NEXT_FRAME_CHARACTERS = 200_000;

/** How many of the documents fit in a budget of characters (always at least one more). */
function documentsWithin(documents: readonly LoadedDocument[], from: number, budget: number): number {
  let n = from;
  for (let used = 0; n < documents.length && (n === from || used + documents[n]!.text.length <= budget); n++)
    used += documents[n]!.text.length;
  return n;
}

/**
 * A large bundle is drawn a few documents per frame, so the first page of text shows at once instead
 * of after the whole bundle has been laid out; a small one is drawn in the first frame anyway.
 */
function useProgressiveCount(documents: readonly LoadedDocument[]): number {
  const [drawn, setDrawn] = useState(() => documentsWithin(documents, 0, FIRST_FRAME_CHARACTERS));
  useEffect(() => {
    if (drawn >= documents.length) return;
    const frame = requestAnimationFrame(() => setDrawn(documentsWithin(documents, drawn, NEXT_FRAME_CHARACTERS)));
    return () => cancelAnimationFrame(frame);
  }, [documents, drawn]);
  return drawn;
}

/** The reading column: the find bar (when open), every visible document in bundle order, then the media contacts and the images. */
export function ReaderView({ findBar }: { findBar: ReactNode }) {
  const { bundle, visibleDocuments, decorationsFor } = useReader();
  const column = useRef<HTMLElement>(null);
  useTrackReadingPosition(column, visibleDocuments);
  const drawn = useProgressiveCount(visibleDocuments);
  const large = useMemo(() => bundle.documents.reduce((n, d) => n + d.text.length, 0) > LARGE_BUNDLE_CHARACTERS, [bundle]);
  return (
    <main className={`reader${large ? ' reader--large' : ''}`} id={READER_ELEMENT_ID} ref={column} tabIndex={-1}>
      {findBar}
      <LanguageFilterNotice />
      {visibleDocuments.slice(0, drawn).map((doc) => (
        <DocumentView key={doc.id} doc={doc} manifest={bundle.manifest} decorations={decorationsFor(doc.id)} />
      ))}
      {drawn >= visibleDocuments.length && bundle.manifest.contacts.length > 0 && <Contacts manifest={bundle.manifest} />}
      {drawn >= visibleDocuments.length && bundle.manifest.assets.length > 0 && <Gallery assets={bundle.manifest.assets} />}
      <WhoIsWhoDescriptions />
      <MentionCard container={column} />
    </main>
  );
}
