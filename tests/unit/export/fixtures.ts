import { parseMarkdown } from '../../../src/shared/text/markdown';
import { highlightOn, withTimeline } from '../../../src/core/export/generate-fixture';
import type { AnchoredAnnotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { builtInBundle } from './pdf-tools';

/** Highlights on the built-in bundle: one across lines, one on each document, one with typographic quotes in its note, one orphaned. */
export function sampleHighlights(bundle: LoadedBundle): AnchoredAnnotation[] {
  return [
    highlightOn(bundle, 'release', 'legendary reputation', 'yellow', 'Strong claim: use in the headline?', { tags: ['headline'] }),
    highlightOn(
      bundle,
      'release',
      'officially announce their strategic cooperation in terms of mobile imaging. The first imaging flagship smartphone',
      'green',
      'Quote to lead with',
    ),
    highlightOn(bundle, 'about-xiaomi', 'Fortune Global 500', 'blue'),
    highlightOn(bundle, 'comments', 'saingan langsung dengan Samsung dan Apple', 'pink', 'Reader sentiment'),
    highlightOn(bundle, 'article', 'Huawei P50', 'orange', 'Confirm the model — “P50” or “P50 Pro”?'),
    highlightOn(bundle, 'release', 'this passage is no longer in the release', 'red', 'Lost one'),
  ];
}

/** The built-in bundle with the sample timeline (its own is being authored) and the sample highlights. */
export async function sampleKitInput(): Promise<{ bundle: LoadedBundle; highlights: AnchoredAnnotation[] }> {
  const bundle = withTimeline(await builtInBundle());
  return { bundle, highlights: sampleHighlights(bundle) };
}

/** About 250 words of release prose (written for these tests), in six paragraphs. */
export const SHORT_RELEASE = [
  'Harbourlight Energy and the Port of Tanjung Mas today signed a ten-year agreement to supply the port’s cranes, reefer stacks and shore power with electricity from a new 48-megawatt solar and storage plant on reclaimed land beside the container terminal.',
  'The plant will be built in two phases. The first, 20 megawatts of panels with a 40-megawatt-hour battery, is due to deliver power in the third quarter of next year; the second doubles the panels and adds shore connections for up to four vessels at berth.',
  'Once complete, the project is expected to cover about 70 percent of the port’s electricity use and to cut its emissions by roughly 31,000 tonnes of carbon dioxide a year, the equivalent of taking 6,500 cars off the road.',
  'Construction will employ around 300 people, most of them hired locally, and the partners will fund a training programme for electricians with the vocational school in Semarang. Maintenance of the plant will be carried out by a joint venture owned equally by both companies.',
  'Financing comes from a green loan arranged by two regional banks. The port authority will buy all of the plant’s output at a fixed price for the term of the agreement, with an option to extend it by five years.',
  'Harbourlight Energy builds and runs solar and storage plants for ports, airports and industrial estates in Southeast Asia. The Port of Tanjung Mas handles more than 700,000 containers a year and is the main gateway for Central Java.',
];

/** A small kit: a ~250-word release, one key quote, an About section with a contact. */
export async function shortKitBundle(): Promise<LoadedBundle> {
  const base = await builtInBundle();
  const release = base.documents.find((d) => d.kind === 'release')!;
  const about = base.documents.find((d) => d.kind === 'boilerplate')!;
  const markdown = `# Harbourlight Energy to power Tanjung Mas port with solar\n\n${SHORT_RELEASE.join('\n\n')}\n`;
  const parsed = parseMarkdown(markdown);
  const doc = {
    ...release,
    title: 'Harbourlight Energy to power Tanjung Mas port with solar',
    markdown,
    text: parsed.text,
    blocks: parsed.blocks,
    dateline: undefined,
    subhead: undefined,
  };
  const quoteText = 'Clean power at the quay is the fastest way we have to cut the port’s emissions,';
  const speaker = base.manifest.people[0]!;
  const manifest = {
    ...base.manifest,
    quotes: [{ id: 'q1', documentId: doc.id, speakerId: speaker.id, text: quoteText }],
    facts: [],
    timeline: { lanes: [], events: [] },
  };
  return { ...base, manifest, documents: [doc, about] };
}
