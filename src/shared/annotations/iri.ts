/**
 * Stable IRIs for bundle documents, used as the `source` of exported annotation targets. They depend
 * only on the bundle id and the document id, so a new version of a bundle keeps its IRIs and
 * annotations made on the old version find their document again.
 */
const PREFIX = 'urn:presskit:';
const SLUG = '[a-z0-9]+(?:[-_.][a-z0-9]+)*';
const DOCUMENT_IRI = new RegExp(`^${PREFIX}(${SLUG}):(${SLUG})$`);

export function documentIri(bundleId: string, documentId: string): string {
  return `${PREFIX}${bundleId}:${documentId}`;
}

/** The bundle and document an IRI of ours names, or null for anyone else's IRI. */
export function parseDocumentIri(iri: string): { bundleId: string; documentId: string } | null {
  const m = DOCUMENT_IRI.exec(iri);
  return m ? { bundleId: m[1]!, documentId: m[2]! } : null;
}

/** IRI of the exported collection of a bundle's annotations ("/" cannot occur in a document IRI). */
export function collectionIri(bundleId: string): string {
  return `${PREFIX}${bundleId}/annotations`;
}
