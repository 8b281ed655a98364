import type { ImportDraft } from '../../../shared/model/import-draft';
import type { ExtractedSource } from '../extracted';

export interface DetectOptions {
  /** The file the user opened (the draft's sourceName). */
  sourceName: string;
  /** A language the user forces (--lang); otherwise detected per document. */
  language?: string;
}

/**
 * PLACEHOLDER by import-A until import-B's detector lands (B owns this file and replaces it).
 * Every block is body text, one document per source, nothing detected.
 */
export function detectStructure(sources: ExtractedSource[], options: DetectOptions): ImportDraft {
  const documents = sources.map((source, d) => ({
    id: `doc-${d + 1}`,
    sourceName: source.sourceName,
    format: source.format,
    kind: 'release' as const,
    language: { value: options.language ?? source.metadata.language ?? 'en', confidence: 0.3 },
    title: source.metadata.title ?? source.sourceName,
    blocks: source.blocks.map((b, i) => ({
      id: `d${d + 1}-b${i + 1}`,
      kind: b.kind,
      ...(b.level !== undefined ? { level: b.level } : {}),
      text: b.text,
      markdown: b.markdown,
      role: b.furniture ? ('furniture' as const) : ('body' as const),
      ...(b.furniture ? { reason: b.furniture } : {}),
      where: b.where,
      ...(b.imageIndex !== undefined ? { assetFile: source.images[b.imageIndex]!.name } : {}),
    })),
  }));
  return {
    draftVersion: 1,
    sessionId: 'cli',
    sourceName: options.sourceName,
    title: documents[0]?.title ?? options.sourceName,
    documents,
    people: [],
    organisations: [],
    quotes: [],
    contacts: [],
    assets: sources.flatMap((s) =>
      s.images.map((img) => ({
        file: img.name,
        mime: img.mime,
        alt: img.alt || img.caption || img.name,
        ...(img.caption ? { caption: img.caption } : {}),
        ...(img.credit ? { credit: img.credit } : {}),
        where: img.where,
      })),
    ),
    notes: sources.flatMap((s) => s.notes),
  };
}
