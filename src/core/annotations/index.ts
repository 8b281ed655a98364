/** The annotations core: anchoring, W3C JSON-LD / Markdown / CSV, storage and import. */
export { anchorQuote, anchorQuotes, ANCHOR_THRESHOLDS, type QuoteTarget, type TextAnchor } from './anchor';
export { anchorAll, anchorAnnotation, findQuoteInBundle, selectorsFor } from './anchor-all';
export { annotationToJsonLd, toJsonLd } from './jsonld-export';
export { parseAnnotationFile, readAnnotationFile, type ParsedFile, type ParsedItem } from './jsonld-parse';
export { toCsv, toMarkdown, csvField, type TextExportOptions } from './text-exports';
export { exportAnnotationFile, type AnnotationExportFormat } from './export-file';
export { AnnotationRepository, annotationStoreSpec, annotationStoreName, ANNOTATION_STORE_FORMAT, LABEL_STORE_SPEC } from './repository';
export { importAnnotations, planImport, formatImportReport, parseImportText, type ImportReport } from './import';
