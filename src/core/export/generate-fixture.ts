import { createHash } from 'node:crypto';
import type { AnchoredAnnotation, ColourKey } from '../../shared/model/annotation';
import { COLOUR_KEYS } from '../../shared/model/annotation';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import type { Timeline } from '../../shared/model/timeline';
import { parseMarkdown } from '../bundle/markdown';

/**
 * Fixtures for tests and benchmarks of the export: a timeline with every kind of mark, highlights
 * anchored on real text, and kits of any length made from a real bundle's paragraphs.
 */
export const SAMPLE_TIMELINE: Timeline = {
  lanes: [
    { id: 'huawei-leica', label: { en: 'Huawei × Leica' }, kind: 'partnership', organisationIds: ['huawei', 'leica'] },
    { id: 'sharp-leica', label: { en: 'Sharp × Leica' }, kind: 'partnership', organisationIds: ['sharp', 'leica'] },
    { id: 'xiaomi-leica', label: { en: 'Xiaomi × Leica' }, kind: 'partnership', organisationIds: ['xiaomi', 'leica'] },
    { id: 'milestones', label: { en: 'Xiaomi milestones' }, kind: 'milestones', organisationIds: ['xiaomi'] },
  ],
  events: [
    {
      id: 'huawei-partnership',
      laneId: 'huawei-leica',
      kind: 'span',
      label: { en: 'Huawei–Leica camera partnership' },
      start: { year: 2016 },
      end: 'unknown',
    },
    {
      id: 'huawei-p50',
      laneId: 'huawei-leica',
      kind: 'point',
      label: { en: 'Huawei P50, last Leica-branded Huawei phone' },
      start: { year: 2021, quarter: 3 },
    },
    {
      id: 'sharp-partnership',
      laneId: 'sharp-leica',
      kind: 'span',
      label: { en: 'Sharp–Leica cooperation (Japan only)' },
      start: { year: 2021 },
      end: { year: 2022, quarter: 2 },
    },
    {
      id: 'leitz-phone-1',
      laneId: 'sharp-leica',
      kind: 'point',
      label: { en: 'Sharp Aquos R6 and Leitz Phone 1' },
      start: { year: 2021, month: 6 },
    },
    {
      id: 'xiaomi-partnership',
      laneId: 'xiaomi-leica',
      kind: 'span',
      label: { en: 'Xiaomi–Leica strategic cooperation' },
      description: { en: 'Long-term cooperation in mobile imaging, announced in Wetzlar.' },
      start: { year: 2022, month: 5, day: 23 },
      end: 'present',
    },
    {
      id: 'first-flagship',
      laneId: 'xiaomi-leica',
      kind: 'point',
      label: { en: 'First co-engineered flagship launch' },
      start: { year: 2022, month: 7 },
    },
    { id: 'founded', laneId: 'milestones', kind: 'point', label: { en: 'Xiaomi founded' }, start: { year: 2010, month: 4 } },
    {
      id: 'listing',
      laneId: 'milestones',
      kind: 'point',
      label: { en: 'Listed in Hong Kong (1810.HK)' },
      start: { year: 2018, month: 7, day: 9 },
    },
    {
      id: 'rank-3',
      laneId: 'milestones',
      kind: 'point',
      label: { en: 'No. 3 by smartphone shipments' },
      start: { year: 2021, quarter: 4 },
    },
    {
      id: 'fortune-500',
      laneId: 'milestones',
      kind: 'point',
      label: { en: 'Fortune Global 500, rank 338' },
      start: { year: 2021, month: 8, qualifier: 'by' },
    },
  ],
};

export function withTimeline(bundle: LoadedBundle, timeline: Timeline = SAMPLE_TIMELINE): LoadedBundle {
  return { ...bundle, manifest: { ...bundle.manifest, timeline } };
}

const STAMP = '2024-03-01T09:00:00.000Z';

/** A highlight over the first occurrence of `exact` in a document (range null when it is not there: orphaned). */
export function highlightOn(
  bundle: LoadedBundle,
  documentId: string,
  exact: string,
  colour: ColourKey,
  note = '',
  extra: { id?: string; tags?: string[]; occurrence?: number } = {},
): AnchoredAnnotation {
  const doc = bundle.documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  let at = -1;
  for (let n = 0; n <= (extra.occurrence ?? 0); n++) at = doc.text.indexOf(exact, at + 1);
  const hash = createHash('sha256')
    .update(`${documentId}\0${exact}\0${extra.occurrence ?? 0}`)
    .digest('hex');
  const id =
    extra.id ?? `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-8${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  return {
    annotation: {
      id,
      bundleId: bundle.manifest.id,
      documentId,
      quote: { type: 'TextQuoteSelector', exact },
      colour,
      note,
      tags: extra.tags ?? [],
      created: STAMP,
      modified: STAMP,
    },
    range: at < 0 ? null : { start: at, end: at + exact.length },
    method: at < 0 ? 'orphaned' : 'quote',
  };
}

function documentFromMarkdown(entry: Omit<LoadedDocument, 'markdown' | 'text' | 'blocks'>, markdown: string): LoadedDocument {
  const { blocks, text } = parseMarkdown(markdown);
  return { ...entry, markdown, text, blocks };
}

/**
 * A bundle whose release runs to about `pages` pages: the base bundle's paragraphs over and over,
 * with headings, a list, a quotation and links every few paragraphs, so every block kind is paginated.
 */
export function generateLargeBundle(base: LoadedBundle, pages: number): LoadedBundle {
  const paragraphs = base.documents.flatMap((d) => d.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.replace(/\n/g, ' ')));
  const release = base.documents.find((d) => d.kind === 'release') ?? base.documents[0]!;
  const parts: string[] = [`# ${release.headline ?? base.manifest.title}`, `## ${release.subhead ?? 'Generated kit'}`];
  // About 9.5 of the seed's paragraphs (with the headings and lists mixed in) fill an A4 page.
  const count = Math.max(1, Math.round(pages * 9.5));
  for (let i = 0; i < count; i++) {
    if (i % 12 === 11) parts.push(`## Part ${Math.ceil(i / 12)}`);
    if (i % 25 === 7) parts.push('- Leica optics\n- Xiaomi hardware\n- Joint imaging flagship');
    if (i % 31 === 13) parts.push(`> ${paragraphs[(i * 7) % paragraphs.length]}`);
    const text = paragraphs[i % paragraphs.length]!;
    parts.push(i % 17 === 5 ? `${text} See [Leica Camera](https://leica-camera.com/en-int) or https://www.mi.com/global/.` : text);
  }
  const big = documentFromMarkdown({ ...release, id: release.id }, parts.join('\n\n'));
  const documents = base.documents.map((d) => (d.id === release.id ? big : d));
  return withTimeline({ ...base, documents, contentHash: `${base.contentHash}-generated-${pages}` });
}

/** `count` highlights spread over a document's sentences, cycling through the colours. */
export function spreadHighlights(bundle: LoadedBundle, documentId: string, count: number): AnchoredAnnotation[] {
  const doc = bundle.documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  const out: AnchoredAnnotation[] = [];
  const step = Math.max(1, Math.floor(doc.text.length / (count + 1)));
  for (let i = 0; i < count; i++) {
    const from = doc.text.indexOf(' ', (i + 1) * step) + 1;
    const to = doc.text.indexOf(' ', from + 40);
    if (from <= 0 || to < 0) break;
    const colour = COLOUR_KEYS[i % COLOUR_KEYS.length]!;
    out.push({
      annotation: {
        id: `urn:uuid:00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        bundleId: bundle.manifest.id,
        documentId,
        quote: { type: 'TextQuoteSelector', exact: doc.text.slice(from, to) },
        colour,
        note: i % 2 ? `Note ${i}: check this figure with the press office.` : '',
        tags: i % 3 ? [] : ['review'],
        created: STAMP,
        modified: STAMP,
      },
      range: { start: from, end: to },
      method: 'position',
    });
  }
  return out;
}
