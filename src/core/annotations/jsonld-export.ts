import { colourDefinition } from '../../shared/annotations/colours';
import { collectionIri, documentIri } from '../../shared/annotations/iri';
import type { Annotation, AnnotationAgent } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our colours travel as a W3C styleClass on the target, with the stylesheet that defines it. */
export const STYLE_CLASS_PREFIX = 'presskit-';

export type JsonObject = { [key: string]: unknown };

/** One term as a string, several as an array (as the W3C examples write them). */
const oneOrMany = (terms: readonly string[]): string | string[] => (terms.length === 1 ? terms[0]! : [...terms]);

/** A creator as the file gave it: an IRI alone (as Hypothesis's "acct:…") stays a string. */
function agentJson(agent: AnnotationAgent): JsonObject | string {
  const { id, type, ...rest } = agent;
  if (id && !type?.length && !Object.keys(rest).length) return id;
  return { ...(id ? { id } : {}), ...(type?.length ? { type: oneOrMany(type) } : {}), ...rest };
}

/** One annotation as a standalone W3C Web Annotation (JSON-LD, compacted with the anno.jsonld context). */
export function annotationToJsonLd(a: Annotation, bundle: LoadedBundle): JsonObject {
  const doc = bundle.documents.find((d) => d.id === a.documentId);
  const body: JsonObject[] = [];
  // A note from another tool's file keeps the purpose, format, language and direction it had; ours are Markdown in the document's language.
  const described = a.noteBody;
  if (a.note)
    body.push({
      type: 'TextualBody',
      purpose: described ? (described.purpose ? oneOrMany(described.purpose) : undefined) : 'commenting',
      value: a.note,
      format: described ? described.format : 'text/markdown',
      language: described ? described.language : doc?.language,
      textDirection: described?.textDirection,
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
  // Offsets count in our document's text: they mean nothing on another tool's page.
  if (a.position && !a.targetSource) selector.push({ type: 'TextPositionSelector', start: a.position.start, end: a.position.end });
  const styleClass = STYLE_CLASS_PREFIX + a.colour;
  return withoutUndefined({
    '@context': ANNO_CONTEXT,
    id: a.id,
    type: 'Annotation',
    motivation: a.motivation?.length ? oneOrMany(a.motivation) : 'highlighting',
    created: a.created,
    modified: a.modified,
    ...(a.creatorAgent ? { creator: agentJson(a.creatorAgent) } : a.creator ? { creator: { type: 'Person', name: a.creator } } : {}),
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: a.targetSource ?? documentIri(a.bundleId, a.documentId),
      styleClass,
      selector,
    },
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${colourDefinition(a.colour).hex}; }` },
  });
}

/** Drops keys whose value is undefined (JSON.stringify would too; tests compare the objects). */
function withoutUndefined(o: JsonObject): JsonObject {
  const body = o.body as JsonObject[] | undefined;
  if (body) for (const b of body) for (const key of Object.keys(b)) if (b[key] === undefined) delete b[key];
  return o;
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
