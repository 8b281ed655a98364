import type { LoadedBundle } from '../../shared/model/document';
import type { ANNOTATION_EXPORT_FORMATS } from '../../shared/ipc/channels/annotations';
import { toJsonLd } from './jsonld-export';
import type { AnnotationRepository } from './repository';
import { toCsv, toMarkdown } from './text-exports';

export type AnnotationExportFormat = (typeof ANNOTATION_EXPORT_FORMATS)[number];

const FILE_TYPES: Record<AnnotationExportFormat, { ext: string; mime: string }> = {
  jsonld: { ext: 'jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  md: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
};

/** A bundle's stored annotations as one export file: the same for the app (download) and the CLI. */
export function exportAnnotationFile(
  repository: AnnotationRepository,
  bundle: LoadedBundle,
  format: AnnotationExportFormat,
  language = 'en',
): { fileName: string; mime: string; content: string; count: number } {
  const { annotations } = repository.read(bundle.manifest.id);
  const options = { labels: repository.labels(), language };
  const content =
    format === 'jsonld'
      ? toJsonLd(bundle, annotations)
      : format === 'md'
        ? toMarkdown(bundle, annotations, options)
        : toCsv(bundle, annotations, options);
  const { ext, mime } = FILE_TYPES[format];
  return { fileName: `${bundle.manifest.id}-annotations.${ext}`, mime, content, count: annotations.length };
}
