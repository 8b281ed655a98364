import { colourDefinition } from '../../shared/annotations/colours';
import { collectionIri, documentIri } from '../../shared/annotations/iri';
import type { Annotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our colours travel as a W3C styleClass on the target, with the stylesheet that defines it. */
export const STYLE_CLASS_PREFIX = 'presskit-';

export type JsonObject = { [key: string]: unknown };

/** One annotation as a standalone W3C Web Annotation (JSON-LD, compacted with the anno.jsonld context). */
export function annotationToJsonLd(a: Annotation, bundle: LoadedBundle): JsonObject {
  const doc = bundle.documents.find((d) => d.id === a.documentId);
  const body: JsonObject[] = [];
  if (a.note)
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: a.note,
      format: 'text/markdown',
      ...(doc ? { language: doc.language } : {}),
    });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: JsonObject[] = [
    {
      type: 'TextQuoteSelector',
      exact: a.quote.exact,
      ...(a.quote.prefix ? { prefix: a.quote.prefix } : {}),
      ...(a.quote.suffix ? { suffix: a.quote.suffix } : {}),
    },
  ];
  if (a.position) selector.push({ type: 'TextPositionSelector', start: a.position.start, end: a.position.end });
  const styleClass = STYLE_CLASS_PREFIX + a.colour;
  return {
    '@context': ANNO_CONTEXT,
    id: a.id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: a.created,
    modified: a.modified,
    ...(a.creator ? { creator: { type: 'Person', name: a.creator } } : {}),
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: documentIri(a.bundleId, a.documentId),
      styleClass,
      selector,
    },
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${colourDefinition(a.colour).hex}; }` },
  };
}

/** All annotations of a bundle as one W3C AnnotationCollection with a single embedded page. */
export function toJsonLd(bundle: LoadedBundle, annotations: readonly Annotation[]): string {
  const iri = collectionIri(bundle.manifest.id);
  const collection = {
    '@context': ANNO_CONTEXT,
    id: iri,
    type: 'AnnotationCollection',
    label: `Annotations on “${bundle.manifest.title}”`,
    total: annotations.length,
    first: {
      id: `${iri}/page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => annotationToJsonLd(a, bundle)),
    },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
