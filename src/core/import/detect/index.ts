import { z } from 'zod';
import type { DraftDocument, ImportDraft } from '../../../shared/model/import-draft';
import type { ExtractedSource } from '../extracted';
import { extractContacts } from './contacts';
import { findDate } from './dates';
import { detectClosingDate, detectDateline, type FoundDateline } from './dateline';
import { furnitureReason } from './furniture';
import { detectHeadlines } from './headline';
import { clearlyOtherLanguage, detectLanguage, guessLanguage } from './language';
import { findLegalNames } from './organisations';
import { detectQuotes } from './quotes';
import { Registry } from './registry';
import { detectEmbargo, isReleaseLine } from './release-line';
import { assignSectionRoles } from './roles';
import { applyStatedKind, readStated } from './structured';
import { evidence, IdMaker, isTextBlock, type Found, type WorkBlock } from './work';

export interface DetectOptions {
  /** The file the user opened (the draft's sourceName). */
  sourceName: string;
  /** A language the user forces (--lang); otherwise detected per document. */
  language?: string;
  /** The host's import session (the app overwrites it with its own). */
  sessionId?: string;
}

const LANGUAGE_SAMPLE = 20_000;

function workBlocks(source: ExtractedSource): WorkBlock[] {
  return source.blocks.map((b, index) => {
    const block: WorkBlock = { index, kind: b.kind, text: b.text, markdown: b.markdown, where: b.where, role: 'body' };
    if (b.level !== undefined) block.level = b.level;
    if (b.imageIndex !== undefined && source.images[b.imageIndex]) block.assetFile = source.images[b.imageIndex]!.name;
    const reason = b.furniture ?? (b.kind === 'image' ? undefined : furnitureReason(b.text));
    if (reason) {
      block.role = 'furniture';
      block.reason = reason.slice(0, 200);
    }
    return block;
  });
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

interface DocumentResult {
  /** The release, preceded by its surrounding page's text when that is in another language. */
  documents: DraftDocument[];
  date?: Found<string>;
  embargo?: Found<string>;
  issuer?: string;
}

function detectDocument(
  source: ExtractedSource,
  d: number,
  options: DetectOptions,
  registry: Registry,
  ids: IdMaker,
  draft: ImportDraft,
): DocumentResult {
  const documentId = ids.make(`doc-${d + 1}`);
  const blocks = workBlocks(source);
  const textBlocks = blocks.filter(isTextBlock);
  const bodyText = textBlocks
    .map((b) => b.text)
    .join('\n')
    .slice(0, LANGUAGE_SAMPLE);
  let language = detectLanguage(bodyText, source.metadata.language, options.language);
  let lang = language.value.split('-')[0]!.toLowerCase();

  const stated = readStated(source, registry);
  const embargo = stated.embargo ?? detectEmbargo(blocks, lang);
  const releaseLines = new Set(
    textBlocks.filter((b) => b.index < (textBlocks[12]?.index ?? Infinity) && isReleaseLine(b.text)).map((b) => b.index),
  );
  const datelineCandidates = blocks.map((b) => (releaseLines.has(b.index) ? { ...b, role: 'furniture' as const } : b));
  let dateline: FoundDateline | undefined = detectDateline(datelineCandidates, lang);

  // The lead paragraph anchors the headline: the dateline's paragraph, or the first long paragraph.
  const lead =
    dateline && !dateline.standalone
      ? dateline.blockIndex
      : textBlocks.find((b) => b.kind !== 'heading' && b.text.length >= 160 && /[.!?»”"]$/.test(b.text.trim()))?.index;
  // A release quoted inside a page in another language (a blog post around an English release): the
  // release's own language decides headline, sections and comments.
  const releaseSample = textBlocks
    .filter((b) => b.index >= (lead ?? 0))
    .map((b) => b.text)
    .join('\n')
    .slice(0, 4000);
  const releaseLang = options.language ? undefined : guessLanguage(releaseSample);
  if (releaseLang && releaseLang !== lang && releaseSample.length >= 600) {
    language = {
      value: releaseLang,
      confidence: 0.6,
      evidence: evidence(blocks[lead ?? 0]?.where ?? 'body text', releaseSample.slice(0, 200)),
    };
    lang = releaseLang;
  }
  const structured = source.metadata.structured ?? {};
  const heads = detectHeadlines(blocks, lead, lang, (t) => clearlyOtherLanguage(t, lang), str(structured['headline']));
  const bodyStart = Math.max(heads.headline?.blockIndex ?? 0, heads.subhead?.blockIndex ?? 0, dateline?.blockIndex ?? 0) + 1;

  const statedTitle = str(source.metadata.title) ?? textBlocks[0]?.text.slice(0, 120).trim() ?? source.sourceName;
  const whole = stated.kind ? applyStatedKind(blocks, stated.kind, statedTitle) : false;
  const sections = whole
    ? { abouts: [], contactBlocks: blocks.filter((b) => b.role === 'about') }
    : assignSectionRoles(blocks, bodyStart, lang);
  for (const about of sections.abouts) if (about.subject) registry.organisation(about.subject);
  const titleBlocks = new Set([heads.headline?.blockIndex, heads.subhead?.blockIndex].filter((i): i is number => i !== undefined));
  findLegalNames(blocks, registry, titleBlocks);

  if (!dateline) dateline = detectClosingDate(blocks, lang);
  // ninjs "located" is the dateline's place as the source states it.
  if (dateline && stated.located && !dateline.value.place && dateline.value.text.includes(stated.located)) {
    dateline = { ...dateline, value: { ...dateline.value, place: stated.located }, confidence: Math.max(dateline.confidence, 0.9) };
  }

  // Quotes are read in the body only (About sections quote nobody).
  // Words that name organisations or brands: those of known organisations and the capitalised words of the headline.
  const headlineWords = (heads.headline?.value ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const brands = new Set([...registry.organisations.flatMap((o) => o.name.split(/\s+/)), ...headlineWords]);
  const quotes = whole ? [] : detectQuotes(blocks, documentId, registry, ids, brands, lang);
  draft.quotes.push(...quotes);

  const known = [...registry.knownOrganisationNames()];
  for (const c of extractContacts(sections.contactBlocks, known)) {
    if (!z.email().safeParse(c.email).success) continue;
    if (draft.contacts.some((x) => x.email === c.email)) continue;
    const url = c.url && z.url({ protocol: /^https?$/ }).safeParse(c.url).success ? c.url : undefined;
    draft.contacts.push({
      name: c.name,
      ...(c.role ? { role: c.role } : {}),
      ...(c.organisation ? { organisationId: registry.organisation(c.organisation).id } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(url ? { url } : {}),
      confidence: c.confidence,
      evidence: c.evidence,
    });
  }

  // The release date: the dateline's, else what the format states (e-mail Date, front matter, <meta>).
  let date: Found<string> | undefined;
  if (dateline?.value.date) date = { value: dateline.value.date, confidence: dateline.confidence, evidence: dateline.evidence };
  else if (str(source.metadata.date)) {
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(source.metadata.date!)?.[0];
    if (iso) date = { value: iso, confidence: 0.6, evidence: evidence('metadata date', source.metadata.date!) };
  }
  if (!date) {
    for (const i of releaseLines) {
      const b = blocks[i]!;
      const found = findDate(b.text, lang);
      if (found && !/embargo|sperrfrist/i.test(b.text)) {
        date = { value: found.iso, confidence: Math.min(found.confidence, 0.7), evidence: evidence(b.where, b.text) };
        break;
      }
    }
  }

  const issuerSubject = sections.abouts[0]?.subject;
  const issuer = issuerSubject ? registry.organisation(issuerSubject).id : undefined;
  // A boilerplate or comments item has no headline or dateline of its own in a bundle.
  const headline = whole ? undefined : heads.headline;
  const title = headline?.value ?? str(source.metadata.title) ?? textBlocks[0]?.text.slice(0, 200).trim() ?? source.sourceName;
  const url = str(source.metadata.url);
  const toDraftBlock = (b: WorkBlock): DraftDocument['blocks'][number] => ({
    id: `d${d + 1}-b${b.index + 1}`,
    kind: b.kind,
    ...(b.level !== undefined ? { level: Math.min(6, Math.max(1, b.level)) } : {}),
    text: b.text,
    markdown: b.markdown,
    role: b.role,
    ...(b.reason ? { reason: b.reason } : {}),
    where: b.where.slice(0, 200),
    ...(b.assetFile ? { assetFile: b.assetFile } : {}),
  });
  // Text in another language above the headline (a blog post introducing the release) becomes its own document.
  const split = headline?.blockIndex ?? 0;
  const intro = blocks.filter((b) => b.index < split);
  const introText = intro
    .filter(isTextBlock)
    .map((b) => b.text)
    .join('\n');
  const introLang = introText.length >= 300 && !options.language ? guessLanguage(introText) : undefined;
  const documents: DraftDocument[] = [];
  if (introLang && introLang !== lang) {
    const introId = ids.make(`${documentId}-intro`);
    const firstLine = intro.find(isTextBlock)?.text.slice(0, 120).trim();
    documents.push({
      id: introId,
      sourceName: source.sourceName,
      format: source.format,
      kind: 'article',
      language: { value: introLang, confidence: 0.7, evidence: evidence(intro[0]?.where ?? 'top', introText.slice(0, 200)) },
      title: firstLine || source.sourceName,
      blocks: intro.map(toDraftBlock),
    });
  }
  const own = documents.length > 0 ? blocks.filter((b) => b.index >= split) : blocks;
  documents.push({
    id: documentId,
    sourceName: source.sourceName,
    format: source.format,
    kind: stated.kind ?? 'release',
    language,
    title: title || source.sourceName,
    ...(headline ? { headline: { value: headline.value, confidence: headline.confidence, evidence: headline.evidence } } : {}),
    ...(heads.subhead
      ? { subhead: { value: heads.subhead.value, confidence: heads.subhead.confidence, evidence: heads.subhead.evidence } }
      : {}),
    ...(dateline && !whole ? { dateline: { value: dateline.value, confidence: dateline.confidence, evidence: dateline.evidence } } : {}),
    ...(url && z.url({ protocol: /^https?$/ }).safeParse(url).success ? { sourceUrl: url } : {}),
    blocks: own.map(toDraftBlock),
  });
  return { documents, ...(date ? { date } : {}), ...(embargo ? { embargo } : {}), ...(issuer ? { issuer } : {}) };
}

/**
 * The one structure detector: every reader's normalised block list in, an import draft out
 * (headline, subhead, dateline, embargo, quotes with speakers, people, organisations, About
 * sections, contacts, furniture, language), each detection with its confidence and evidence.
 */
export function detectStructure(sources: ExtractedSource[], options: DetectOptions): ImportDraft {
  const ids = new IdMaker();
  const registry = new Registry(ids);
  const draft: ImportDraft = {
    draftVersion: 1,
    sessionId: options.sessionId ?? 'cli',
    sourceName: options.sourceName,
    title: options.sourceName,
    documents: [],
    people: registry.people,
    organisations: registry.organisations,
    quotes: [],
    contacts: [],
    assets: [],
    notes: sources.flatMap((s) => s.notes),
  };
  let issuer: string | undefined;
  for (const [d, source] of sources.entries()) {
    const result = detectDocument(source, d, options, registry, ids, draft);
    draft.documents.push(...result.documents);
    if (!draft.date && result.date) draft.date = result.date;
    if (!draft.embargo && result.embargo) draft.embargo = result.embargo;
    issuer ??= result.issuer;
    for (const img of source.images) {
      draft.assets.push({
        file: img.name,
        mime: img.mime,
        alt: img.alt || img.caption || img.name,
        ...(img.caption ? { caption: img.caption } : {}),
        ...(img.credit ? { credit: img.credit } : {}),
        where: img.where.slice(0, 200),
      });
    }
  }
  const first = draft.documents.find((doc) => doc.kind === 'release') ?? draft.documents[0];
  draft.title = first?.headline?.value ?? first?.title ?? options.sourceName;
  const speakerOrg = draft.people.find((p) => p.organisationId)?.organisationId;
  issuer ??= speakerOrg;
  if (issuer) draft.issuerId = issuer;
  if (draft.date && draft.date.confidence < 0.5)
    draft.notes.push(`The release date ${draft.date.value} is uncertain: ${draft.date.evidence?.text ?? ''}`.slice(0, 500));
  if (draft.documents.length === 0) {
    draft.documents.push({
      id: 'doc-1',
      sourceName: options.sourceName,
      format: 'text',
      kind: 'release',
      language: { value: options.language ?? 'en', confidence: 0.1 },
      title: options.sourceName,
      blocks: [],
    });
  }
  return draft;
}
