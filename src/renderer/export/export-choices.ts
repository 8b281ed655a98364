import {
  EXPORT_SECTION_KEYS,
  type ExportLanguage,
  type ExportPaper,
  type ExportRequest,
  type ExportSection,
} from '../../shared/ipc/channels/export';

/** The sections the sheet lists as checkboxes; comments and the notes appendix have their own switches. */
export const CONTENT_SECTIONS = EXPORT_SECTION_KEYS.filter((s) => s !== 'comments' && s !== 'annotations');
export type ContentSection = (typeof CONTENT_SECTIONS)[number];

export interface ExportChoices {
  sections: readonly ContentSection[];
  /** Highlights as PDF annotations (with their notes). */
  includeAnnotations: boolean;
  /** The notes appendix; only meaningful with includeAnnotations. */
  notesAppendix: boolean;
  /** Off unless the user asks: anonymous reader comments are not something a PR team sends by default. */
  includeComments: boolean;
  paper: ExportPaper;
  /** The kit's own words: 'auto' follows the release's language. */
  language: ExportLanguage | 'auto';
}

/** Regions that print on Letter by default (as asked: the United States and Canada). */
const LETTER_REGIONS = new Set(['US', 'CA']);

/** Letter when the locale names the US or Canada as its region ("en-US", "fr-CA"), else A4. */
export function defaultPaper(locale: string): ExportPaper {
  try {
    const region = new Intl.Locale(locale).region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

export function defaultChoices(locale: string): ExportChoices {
  return {
    sections: CONTENT_SECTIONS,
    includeAnnotations: true,
    notesAppendix: true,
    includeComments: false,
    paper: defaultPaper(locale),
    language: 'auto',
  };
}

/** The request for the service: the PDF's order is fixed, so the list follows EXPORT_SECTION_KEYS. */
export function toRequest(choices: ExportChoices): ExportRequest {
  const on = new Set<ExportSection>(choices.sections);
  if (choices.includeComments) on.add('comments');
  if (choices.includeAnnotations && choices.notesAppendix) on.add('annotations');
  return {
    paper: choices.paper,
    sections: EXPORT_SECTION_KEYS.filter((s) => on.has(s)),
    includeComments: choices.includeComments,
    includeAnnotations: choices.includeAnnotations,
    ...(choices.language === 'auto' ? {} : { language: choices.language }),
  };
}

/** Toggles one content section, keeping the order of CONTENT_SECTIONS. */
export function withSection(choices: ExportChoices, section: ContentSection, on: boolean): ExportChoices {
  const next = new Set(choices.sections);
  if (on) next.add(section);
  else next.delete(section);
  return { ...choices, sections: CONTENT_SECTIONS.filter((s) => next.has(s)) };
}

/**
 * The last choices, for the rest of this window's session: the sheet unmounts when it closes, so they
 * live beside it rather than in its state, and in memory only (no storage, no host channel).
 */
let remembered: ExportChoices | null = null;

export function rememberedChoices(locale: string): ExportChoices {
  return remembered ?? defaultChoices(locale);
}

export function remember(choices: ExportChoices): void {
  remembered = choices;
}
