import { DocumentView } from './DocumentView';
import { useReader } from './reader-context';

/** The reading column: every visible document in bundle order. */
export function ReaderView() {
  const { bundle, visibleDocuments, decorationsFor } = useReader();
  return (
    <main className="reader" id="reader">
      {visibleDocuments.map((doc) => (
        <DocumentView key={doc.id} doc={doc} manifest={bundle.manifest} decorations={decorationsFor(doc.id)} />
      ))}
    </main>
  );
}
