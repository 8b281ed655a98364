import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { selectorsFor } from '../../../src/core/annotations/index';
import type { Annotation, ColourKey } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

export const loadBuiltIn = (): Promise<LoadedBundle> => loadBundle(BUILT_IN_BUNDLE, { builtIn: true });

let counter = 0;

/** An annotation on [start, end) of a document of `bundle`, made the way the service makes one. */
export function annotationOn(
  bundle: LoadedBundle,
  documentId: string,
  start: number,
  end: number,
  extra: Partial<Pick<Annotation, 'note' | 'tags' | 'creator' | 'id'>> & { colour?: ColourKey } = {},
): Annotation {
  const doc = bundle.documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  counter++;
  return {
    id: extra.id ?? `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    bundleId: bundle.manifest.id,
    documentId,
    ...selectorsFor(doc, start, end),
    colour: extra.colour ?? 'yellow',
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    created: '2022-05-23T10:00:00Z',
    modified: '2022-05-23T10:00:00Z',
    ...(extra.creator ? { creator: extra.creator } : {}),
  };
}

/** [start, end) of the first occurrence of `quote` in a document. */
export function rangeOf(bundle: LoadedBundle, documentId: string, quote: string): [number, number] {
  const text = bundle.documents.find((d) => d.id === documentId)!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in ${documentId}`);
  return [start, start + quote.length];
}
