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
