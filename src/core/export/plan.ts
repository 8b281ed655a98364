import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PresskitError, type Problem } from '../../shared/errors';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { DocumentKind } from '../../shared/model/bundle';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { findResourcesDir } from '../paths';
import { isKitLanguage, KIT_LANGUAGES, type KitLanguage } from './kit-text';
import { PAPER_SIZES, SECTION_KEYS, type ExportOptions, type SectionKey } from './types';

/** Which section prints each kind of document. */
const SECTION_OF_KIND: Record<DocumentKind, SectionKey> = {
  release: 'release',
  statement: 'release',
  article: 'article',
  backgrounder: 'article',
  other: 'article',
  boilerplate: 'boilerplate',
  contacts: 'boilerplate',
  factsheet: 'facts',
  comments: 'comments',
};

export function sectionOfDocument(doc: LoadedDocument): SectionKey {
  return SECTION_OF_KIND[doc.kind];
}

/** The documents a section prints, in manifest order; none when the section is off (or comments are excluded). */
export function documentsIn(bundle: LoadedBundle, options: ExportOptions, section: SectionKey): LoadedDocument[] {
  if (!options.sections.includes(section)) return [];
  if (section === 'comments' && !options.includeComments) return [];
  return bundle.documents.filter((d) => sectionOfDocument(d) === section && d.blocks.length > 0);
}

/**
 * The language of the kit's own words: the one asked for, else the release's (its primary subtag) when the
 * catalogues have it, else Indonesian for a bundle with Indonesian and no English, else English.
 */
export function kitLanguage(bundle: LoadedBundle, requested?: KitLanguage): KitLanguage {
  if (requested) return requested;
  const release = bundle.documents.find((d) => d.kind === 'release') ?? bundle.documents.find((d) => d.kind === 'statement');
  const primary = release?.language.toLowerCase().split('-')[0];
  if (primary && isKitLanguage(primary)) return primary;
  const langs = bundle.manifest.languages;
  return langs.includes('en') || !langs.includes('id') ? 'en' : 'id';
}

/** The document's /Lang: English when the bundle has it, else the bundle's first language (a French kit says fr). */
export function pdfLanguage(bundle: LoadedBundle): string {
  const langs = bundle.manifest.languages;
  return langs.includes('en') ? 'en' : (langs[0] ?? 'en');
}

export function defaultFontsDir(): string {
  return path.join(findResourcesDir(path.dirname(fileURLToPath(import.meta.url))), 'fonts');
}

const bad = (problems: Problem[]) =>
  new PresskitError(
    'ARGUMENT_INVALID',
    `Export options are invalid: ${problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`,
    problems,
  );

/**
 * Checks the options a caller passes and returns the highlights the kit may show: those on
 * documents it prints, never reader comments when comments are excluded.
 */
export function checkOptions(bundle: LoadedBundle, options: ExportOptions): AnchoredAnnotation[] {
  const problems: Problem[] = [];
  const at = (pointer: string, message: string) => problems.push({ file: 'export options', pointer, message });
  if (!(options.paper in PAPER_SIZES)) at('/paper', `must be "a4" or "letter", not "${String(options.paper)}"`);
  options.sections.forEach((s, i) => {
    if (!SECTION_KEYS.includes(s)) at(`/sections/${i}`, `unknown section "${String(s)}"; known: ${SECTION_KEYS.join(', ')}`);
  });
  if (options.language !== undefined && !isKitLanguage(options.language))
    at('/language', `must be one of ${KIT_LANGUAGES.join(', ')}, not "${String(options.language)}"`);
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) at('/now', 'must be a valid Date');
  const kept: AnchoredAnnotation[] = [];
  (options.highlights ?? []).forEach((h, i) => {
    const doc = bundle.documents.find((d) => d.id === h.annotation.documentId);
    if (!doc)
      return at(`/highlights/${i}/annotation/documentId`, `no document "${h.annotation.documentId}" in bundle "${bundle.manifest.id}"`);
    if (h.range && (h.range.start < 0 || h.range.end > doc.text.length || h.range.end <= h.range.start))
      return at(`/highlights/${i}/range`, `[${h.range.start}, ${h.range.end}) is outside the ${doc.text.length} characters of "${doc.id}"`);
    if (doc.kind === 'comments' && !options.includeComments) return;
    kept.push(h);
  });
  if (problems.length) throw bad(problems);
  return kept;
}
