export { exportPressKit, renderPressKit, type RenderedKit } from './export-press-kit';
export { ALL_SECTIONS, PAPER_SIZES, SECTION_KEYS, type ExportOptions, type Paper, type SectionKey } from './types';
export type { EmbeddedFontReport } from './pdf/font-embed';
export { isKitLanguage, KIT_LANGUAGES, type KitLanguage } from './kit-text';
