import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseDocumentIri } from '../../shared/annotations/iri';
import { PresskitError } from '../../shared/errors';
import { Annotation, COLOUR_KEYS, type AnnotationAgent, type ColourKey, type NoteBody } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { canonicalJson } from '../../shared/annotations/history';
import { findQuoteInBundle, selectorsFor } from './anchor-all';
import { readBodies, readCreator, readCreatorAgent } from './jsonld-bodies';
import { STYLE_CLASS_PREFIX, type JsonObject } from './jsonld-export';
import { placeRange } from './jsonld-range';
import { readTarget, targetsOf, type Quote, type TargetInfo } from './jsonld-selectors';
import { asArray, idOf, isObject, prop, Rejection, termsOf, text, typesOf } from './jsonld-vocab';

/** What became of one item of an imported file. */
export type ParsedItem =
  | { index: number; outcome: 'annotation'; annotation: Annotation; warnings: string[] }
  /** Valid, but its quote is found nowhere in the bundle (or in several places alike), and it names no document of ours. */
  | { index: number; outcome: 'unplaced'; id: string; quote: string; source: string; reason: string }
  | { index: number; outcome: 'rejected'; reason: string };

export interface ParsedFile {
  items: ParsedItem[];
  /** About the file as a whole, e.g. a paged collection of which only the first page is embedded. */
  warnings: string[];
}

const DateTime = z.iso.datetime({ offset: true });

/** Where a file is, for messages: the path and a JSON pointer into it. */
const at = (file: string, pointer: string) => `${file}${pointer ? `#${pointer}` : ''}`;

/**
 * The annotation objects in a file, each with its JSON pointer: one annotation, an array, an
 * AnnotationPage, an AnnotationCollection with its first page embedded, a JSON-LD @graph, or a
 * Hypothesis API search result ({"rows": […]}).
 */
function extractItems(json: unknown, file: string, warnings: string[]): { item: unknown; pointer: string }[] {
  const list = (items: unknown, base: string) => asArray(items).map((item, i) => ({ item, pointer: `${base}/${i}` }));
  if (Array.isArray(json)) return list(json, '');
  if (!isObject(json)) throw invalidFile(file, '', 'the file is not a JSON object or array');
  const types = typesOf(json);
  if (types.includes('Annotation')) return [{ item: json, pointer: '' }];
  if (types.includes('AnnotationPage') || types.includes('OrderedCollectionPage')) {
    if (prop(json, 'next') !== undefined) warnings.push('the file is one page of a larger collection; only this page was read');
    return list(prop(json, 'items'), '/items');
  }
  if (types.includes('AnnotationCollection') || types.includes('OrderedCollection')) {
    const first = asArray(prop(json, 'first'))[0];
    if (!isObject(first))
      throw invalidFile(
        file,
        '/first',
        'the AnnotationCollection does not embed its first page (only a link to it), so there is nothing to read',
      );
    if (prop(first, 'next') !== undefined)
      warnings.push('the collection has further pages that are not embedded; only the first page was read');
    return list(prop(first, 'items'), '/first/items');
  }
  if (Array.isArray(json['@graph'])) return list(json['@graph'], '/@graph');
  if (Array.isArray(json.rows)) return list(json.rows, '/rows');
  if (!types.length && prop(json, 'target') !== undefined) return [{ item: json, pointer: '' }];
  const found = types.length ? `its type is ${types.map((t) => JSON.stringify(t)).join(', ')}` : 'it has no "type"';
  throw invalidFile(
    file,
    types.length ? '/type' : '',
    `expected a W3C Web Annotation, an AnnotationPage, an AnnotationCollection or an array of annotations; ${found}`,
  );
}

const invalidFile = (file: string, pointer: string, message: string) =>
  new PresskitError('IMPORT_INVALID', `${at(file, pointer)}: not an annotation file: ${message}`, [{ file, pointer, message }]);

function colourFrom(styleClass: string | undefined): ColourKey {
  const key = styleClass?.startsWith(STYLE_CLASS_PREFIX) ? styleClass.slice(STYLE_CLASS_PREFIX.length) : styleClass;
  return (COLOUR_KEYS as readonly string[]).includes(key ?? '') ? (key as ColourKey) : 'yellow';
}

function readDate(raw: JsonObject, key: 'created' | 'modified', warnings: string[]): string | undefined {
  const given = prop(raw, key);
  if (given === undefined) return undefined;
  const value = text(given);
  if (value !== undefined && DateTime.safeParse(value).success) return value;
  // Some tools write local date-times without a zone (Open Annotation examples do): read as UTC, and say so.
  const local = value?.match(/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?$/);
  if (local) {
    const utc = `${local[1] ? value : `${value}T00:00`}${local[2] ? '' : ':00'}Z`;
    if (DateTime.safeParse(utc).success) {
      warnings.push(`${key} ${JSON.stringify(value)} has no time zone; read as UTC`);
      return utc;
    }
  }
  throw new Rejection(`${key} is not an ISO 8601 date-time with a time zone`);
}

/** An annotation, or an untyped object shaped like one (Hypothesis API rows have no type). */
function checkType(raw: JsonObject, warnings: string[]): void {
  const types = typesOf(raw);
  if (types.includes('Annotation')) return;
  if (types.length) throw new Rejection(`its type is not "Annotation" (it is ${types.map((t) => JSON.stringify(t)).join(', ')})`);
  if (prop(raw, 'target') === undefined) throw new Rejection('has neither a type nor a target, so it is no annotation');
  warnings.push('has no type; read as an Annotation');
}

/** The id as given; a Hypothesis row's bare id becomes its public link; none at all, a hash of the content. */
function readId(raw: JsonObject, warnings: string[]): string {
  const id = idOf(raw);
  if (id && /^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  if (id && raw.user !== undefined && /^[\w-]+$/.test(id)) return `https://hypothes.is/a/${id}`;
  if (id) return id;
  // Same content, same id: importing the file again is then recognised as a duplicate.
  const hashed = 'urn:sha256:' + createHash('sha256').update(canonicalJson(raw)).digest('hex');
  warnings.push(`had no id; given ${hashed}`);
  return hashed;
}

/** The first target that names a passage of text; the reasons of those that do not, when none does. */
function pickTarget(raw: JsonObject, warnings: string[]): TargetInfo {
  const targets = targetsOf(prop(raw, 'target'));
  if (!targets.length) throw new Rejection('has no target');
  const reads = targets.map(readTarget);
  const target = reads.find((t): t is TargetInfo => typeof t !== 'string');
  if (!target) {
    const reasons = [...new Set(reads)].join('; ');
    throw new Rejection(`no target has a TextQuoteSelector, so there is no text to attach it to (${reasons})`);
  }
  if (targets.length > 1) warnings.push(`has ${targets.length} targets; only the first with a quote was used`);
  if (!target.source) warnings.push('its target names no source; its quote was looked for in the whole bundle');
  return target;
}

type Placed = { documentId: string; quote: Quote; position?: { start: number; end: number } } | { unplaced: string; quote: string };

/** A range between two quotes, placed in the bundle and quoted from our text. */
function placeRangeTarget(bundle: LoadedBundle, target: TargetInfo, from: Quote, to: Quote, warnings: string[]): Placed {
  const ours = target.source ? parseDocumentIri(target.source) : null;
  const own = ours?.bundleId === bundle.manifest.id && bundle.documents.some((d) => d.id === ours.documentId);
  const byUrl = own ? [ours.documentId] : documentsAt(bundle, target.source);
  const placed = placeRange(bundle, from, to, byUrl.length ? byUrl : undefined);
  if (typeof placed === 'string') return { unplaced: placed, quote: `${from.exact} … ${to.exact}` };
  const doc = bundle.documents.find((d) => d.id === placed.documentId)!;
  const { quote, position } = selectorsFor(doc, placed.start, placed.end);
  warnings.push(
    `its RangeSelector was placed in "${doc.id}" from ${JSON.stringify(from.exact)} up to ${JSON.stringify(to.exact)}, not including it (W3C model 4.2.9)`,
  );
  return { documentId: doc.id, quote, position: { start: position.start, end: position.end } };
}

const documentsAt = (bundle: LoadedBundle, source: string | undefined) =>
  source ? bundle.documents.filter((d) => d.sourceUrl && sameUrl(d.sourceUrl, source)).map((d) => d.id) : [];

/** A quote placed in the bundle: on our own document when it names one, else wherever its quote is. */
function placeQuote(bundle: LoadedBundle, target: TargetInfo, found: Quote, warnings: string[]): Placed {
  const bundleId = bundle.manifest.id;
  const ours = target.source ? parseDocumentIri(target.source) : null;
  const position = ours?.bundleId === bundleId ? target.position : undefined;
  const quote = { exact: found.exact, prefix: found.prefix, suffix: found.suffix };
  if (ours?.bundleId === bundleId && bundle.documents.some((d) => d.id === ours.documentId))
    return { documentId: ours.documentId, quote, ...(position ? { position } : {}) };
  // Another tool's page, another bundle, or a document this version no longer has: find the quote in the bundle.
  const byUrl = documentsAt(bundle, target.source);
  const matches = findQuoteInBundle(bundle, quote, byUrl.length ? byUrl : undefined);
  const [top, second] = matches;
  if (!top || (second && second.anchor.score === top.anchor.score)) {
    // Our own annotation on a document since removed: kept, shown as orphaned.
    if (ours?.bundleId === bundleId) return { documentId: ours.documentId, quote, ...(position ? { position } : {}) };
    const reason = top
      ? `its quote occurs in ${matches.length} places (${matches.map((m) => m.documentId).join(', ')}) with nothing to tell them apart`
      : unplacedReason(bundle, found.exact);
    return { unplaced: reason, quote: found.exact };
  }
  if (!ours || ours.bundleId !== bundleId)
    warnings.push(`target ${target.source ?? '(no source)'} is not in this bundle; attached to its quote in "${top.documentId}"`);
  else warnings.push(`document "${ours.documentId}" is not in this version of the bundle; attached to its quote in "${top.documentId}"`);
  const { start, end } = top.anchor;
  // Found only with its typography folded (or approximately): keep the bundle's own words and context,
  // so the annotation re-anchors to this text next time instead of being orphaned by the difference.
  const doc = bundle.documents.find((d) => d.id === top.documentId)!;
  const stored = doc.text.slice(start, end) === quote.exact ? quote : selectorsFor(doc, start, end).quote;
  return { documentId: top.documentId, quote: stored, position: { start, end } };
}

function convert(raw: unknown, index: number, bundle: LoadedBundle, now: string): ParsedItem {
  if (!isObject(raw)) throw new Rejection('is not a JSON object');
  const warnings: string[] = [];
  checkType(raw, warnings);
  const id = readId(raw, warnings);
  const target = pickTarget(raw, warnings);
  const { note, tags, noteBody } = readBodies(raw, warnings);
  const motivation = termsOf(prop(raw, 'motivation'));
  const creatorAgent = readCreatorAgent(raw);
  // Another tool's page (or another bundle): kept, so an export names what the annotation was made on.
  const targetSource = target.source && parseDocumentIri(target.source)?.bundleId !== bundle.manifest.id ? target.source : undefined;
  const created = readDate(raw, 'created', warnings) ?? now;
  const modified = readDate(raw, 'modified', warnings) ?? created;
  const creator = readCreator(raw);
  const { selection } = target;
  const placed =
    selection.kind === 'range'
      ? placeRangeTarget(bundle, target, selection.start, selection.end, warnings)
      : placeQuote(bundle, target, selection.quote, warnings);
  if ('unplaced' in placed)
    return { index, outcome: 'unplaced', id, quote: placed.quote, source: target.source ?? '(no source)', reason: placed.unplaced };
  const candidate = {
    id,
    bundleId: bundle.manifest.id,
    documentId: placed.documentId,
    quote: { type: 'TextQuoteSelector' as const, ...placed.quote },
    ...(placed.position ? { position: { type: 'TextPositionSelector', ...placed.position } } : {}),
    colour: colourFrom(target.styleClass),
    note,
    tags,
    created,
    modified,
    ...(creator ? { creator } : {}),
    ...keptW3cFields(bundle, placed.documentId, { motivation, noteBody, creatorAgent, creator }),
    ...(targetSource ? { targetSource } : {}),
  };
  const parsed = Annotation.safeParse(candidate);
  if (!parsed.success) throw new Rejection(parsed.error.issues.map((i) => `${i.path.join('.') || 'annotation'}: ${i.message}`).join('; '));
  return { index, outcome: 'annotation', annotation: parsed.data, warnings };
}

/**
 * The optional W3C fields worth keeping: those that say more than our own export would say anyway
 * (motivation "highlighting", a Markdown "commenting" note in the document's language, a Person known
 * by name), so our own file imported again gives back the very annotations that were exported.
 */
function keptW3cFields(
  bundle: LoadedBundle,
  documentId: string,
  read: { motivation: string[]; noteBody?: NoteBody; creatorAgent?: AnnotationAgent; creator?: string },
): Partial<Pick<Annotation, 'motivation' | 'noteBody' | 'creatorAgent'>> {
  const { motivation, noteBody, creatorAgent, creator } = read;
  const language = bundle.documents.find((d) => d.id === documentId)?.language;
  const ourNote = { purpose: ['commenting'], format: 'text/markdown', ...(language ? { language } : {}) };
  const ourCreator = creator ? { type: ['Person'], name: creator } : undefined;
  return {
    ...(motivation.length && canonicalJson(motivation) !== canonicalJson(['highlighting']) ? { motivation } : {}),
    ...(noteBody && canonicalJson(noteBody) !== canonicalJson(ourNote) ? { noteBody } : {}),
    ...(creatorAgent && canonicalJson(creatorAgent) !== canonicalJson(ourCreator) ? { creatorAgent } : {}),
  };
}

/** Why a quote could not be placed: absent, or present several times with no context to choose between them. */
function unplacedReason(bundle: LoadedBundle, exact: string): string {
  let count = 0;
  for (const d of bundle.documents) for (let i = d.text.indexOf(exact); i !== -1; i = d.text.indexOf(exact, i + 1)) count++;
  if (count > 1) return `its quote occurs ${count} times in the bundle and its context (prefix/suffix) does not tell which is meant`;
  return count === 1
    ? 'its quote occurs once in the bundle but its context does not match there'
    : 'its quote occurs nowhere in this bundle';
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) =>
    u
      .replace(/#.*$/, '')
      .replace(/\/+$/, '')
      .replace(/^http:/, 'https:');
  return norm(a) === norm(b);
}

/**
 * Reads every item of a W3C annotation file (ours or another tool's); one bad item never stops the rest.
 * `file` names the file in errors about it as a whole.
 */
export function readAnnotationFile(json: unknown, bundle: LoadedBundle, now: Date = new Date(), file = 'annotations file'): ParsedFile {
  const warnings: string[] = [];
  const raw = extractItems(json, file, warnings);
  const stamp = now.toISOString();
  const items = raw.map(({ item, pointer }, index): ParsedItem => {
    try {
      return convert(item, index, bundle, stamp);
    } catch (err) {
      // Where the item is, when its index alone does not say (inside a page or a collection).
      const where = pointer && pointer !== `/${index}` ? ` (at ${pointer})` : '';
      if (err instanceof Rejection) return { index, outcome: 'rejected', reason: err.message + where };
      // A value nested thousands of levels deep overflows the stack somewhere in reading it: that item
      // is unreadable, the rest of the file is not.
      if (err instanceof RangeError && /call stack/i.test(err.message))
        return { index, outcome: 'rejected', reason: `is nested too deeply to read${where}` };
      throw err;
    }
  });
  return { items, warnings };
}

/**
 * The annotations of a W3C JSON-LD file placed in `bundle`, and the items that could not be taken
 * (invalid, or quoting text the bundle does not contain), each with the reason.
 */
export function parseAnnotationFile(
  json: unknown,
  bundle: LoadedBundle,
  file?: string,
): { annotations: Annotation[]; rejected: { index: number; reason: string }[] } {
  const { items } = readAnnotationFile(json, bundle, undefined, file);
  const annotations: Annotation[] = [];
  const rejected: { index: number; reason: string }[] = [];
  for (const item of items) {
    if (item.outcome === 'annotation') annotations.push(item.annotation);
    else rejected.push({ index: item.index, reason: item.outcome === 'unplaced' ? `orphaned: ${item.reason}` : item.reason });
  }
  return { annotations, rejected };
}
