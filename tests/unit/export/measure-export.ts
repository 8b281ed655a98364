/**
 * Measures one export in a fresh process (so its peak memory is the export's own):
 *   npx tsx tests/unit/export/measure-export.ts [pages]   (0 or absent: the built-in kit)
 * Prints {pages, bytes, ms, maxRssMB} as JSON.
 */
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { generateLargeBundle, spreadHighlights, withTimeline } from '../../../src/core/export/generate-fixture';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

const wanted = Number(process.argv[2] ?? 0);
const base = await loadBundle(BUILT_IN_BUNDLE);
const bundle = wanted ? generateLargeBundle(base, wanted) : withTimeline(base);
const highlights = wanted ? spreadHighlights(bundle, 'release', 100) : [];
const started = performance.now();
const kit = await renderPressKit(bundle, {
  paper: 'a4',
  sections: ALL_SECTIONS,
  includeComments: true,
  highlights,
  now: new Date('2025-01-15T10:00:00Z'),
});
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    pages: kit.pages,
    bytes: kit.bytes.length,
    ms: Math.round(ms),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
