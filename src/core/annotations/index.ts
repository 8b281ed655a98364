/** The annotations core: anchoring, W3C JSON-LD / Markdown / CSV, storage and import. */
export { anchorQuote, ANCHOR_THRESHOLDS, type QuoteTarget, type TextAnchor } from './anchor';
export { anchorAll, anchorAnnotation, findQuoteInBundle, selectorsFor } from './anchor-all';
export { annotationToJsonLd, toJsonLd } from './jsonld-export';
export { parseAnnotationFile, readAnnotationFile, type ParsedFile, type ParsedItem } from './jsonld-parse';
