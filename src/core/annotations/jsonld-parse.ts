import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseDocumentIri } from '../../shared/annotations/iri';
import { PresskitError } from '../../shared/errors';
import { Annotation, COLOUR_KEYS, type ColourKey } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { findQuoteInBundle } from './anchor-all';
import { canonicalJson } from '../../shared/annotations/history';
import { STYLE_CLASS_PREFIX, type JsonObject } from './jsonld-export';

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

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** JSON-LD lets a key be written as its keyword alias: "id" or "@id", "type" or "@type". */
const idOf = (o: JsonObject) => str(o.id) ?? str(o['@id']);
const typesOf = (o: JsonObject): string[] => asArray(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string');
const DateTime = z.iso.datetime({ offset: true });

class Rejection extends Error {}

/** The annotation objects in a file: one annotation, an array, an AnnotationPage or an AnnotationCollection with its first page embedded. */
function extractItems(json: unknown, warnings: string[]): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw invalidFile('the file is not a JSON object or array');
  const types = typesOf(json);
  if (types.includes('Annotation')) return [json];
  if (types.includes('AnnotationPage')) {
    if (json.next !== undefined) warnings.push('the file is one page of a larger collection; only this page was read');
    return asArray(json.items);
  }
  if (types.includes('AnnotationCollection')) {
    const first = json.first;
    if (!isObject(first))
      throw invalidFile('the AnnotationCollection does not embed its first page (only a link to it), so there is nothing to read');
    if (first.next !== undefined) warnings.push('the collection has further pages that are not embedded; only the first page was read');
    return asArray(first.items);
  }
  throw invalidFile('expected a W3C Web Annotation, an AnnotationPage, an AnnotationCollection or an array of annotations');
}

const invalidFile = (message: string) =>
  new PresskitError('IMPORT_INVALID', `Not an annotation file: ${message}`, [{ file: 'import', pointer: '', message }]);

interface TargetInfo {
  source: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  position?: { start: number; end: number };
  styleClass?: string;
}

function readTarget(raw: unknown): TargetInfo | null {
  if (!isObject(raw)) return null;
  const source = str(raw.source) ?? (isObject(raw.source) ? idOf(raw.source) : undefined) ?? idOf(raw);
  let quote: JsonObject | undefined;
  let position: JsonObject | undefined;
  for (const sel of asArray(raw.selector)) {
    if (!isObject(sel)) continue;
    const types = typesOf(sel);
    if (!quote && types.includes('TextQuoteSelector') && typeof sel.exact === 'string' && sel.exact) quote = sel;
    if (!position && types.includes('TextPositionSelector')) position = sel;
  }
  if (!quote || !source) return null;
  const info: TargetInfo = { source, exact: quote.exact as string };
  if (typeof quote.prefix === 'string' && quote.prefix) info.prefix = quote.prefix;
  if (typeof quote.suffix === 'string' && quote.suffix) info.suffix = quote.suffix;
  const [start, end] = [position?.start, position?.end];
  if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number))
    info.position = { start: start as number, end: end as number };
  const styleClass = asArray(raw.styleClass).find((c): c is string => typeof c === 'string');
  if (styleClass) info.styleClass = styleClass;
  return info;
}

function colourFrom(styleClass: string | undefined): ColourKey {
  const key = styleClass?.startsWith(STYLE_CLASS_PREFIX) ? styleClass.slice(STYLE_CLASS_PREFIX.length) : styleClass;
  return (COLOUR_KEYS as readonly string[]).includes(key ?? '') ? (key as ColourKey) : 'yellow';
}

/** Note and tags from the bodies: tagging/classifying bodies become tags, other text joins the note, links are kept as links. */
function readBodies(raw: JsonObject, warnings: string[]): { note: string; tags: string[] } {
  if (raw.body !== undefined && raw.bodyValue !== undefined) throw new Rejection('has both body and bodyValue, which the model forbids');
  const notes: string[] = [];
  const tags: string[] = [];
  if (typeof raw.bodyValue === 'string') notes.push(raw.bodyValue);
  for (let body of asArray(raw.body)) {
    if (isObject(body) && typesOf(body).includes('Choice')) body = asArray(body.items)[0];
    if (typeof body === 'string') {
      notes.push(`<${body}>`);
      continue;
    }
    if (!isObject(body)) continue;
    const purposes = asArray(body.purpose);
    const value = str(body.value);
    if (value === undefined) {
      const link = idOf(body) ?? str(body.source);
      if (link) notes.push(`<${link}>`);
      else warnings.push(`a body of type ${typesOf(body).join('/') || 'unknown'} has no text or link and was left out`);
    } else if (purposes.includes('tagging') || purposes.includes('classifying')) {
      if (value.trim()) tags.push(value.trim());
    } else if (value.trim()) notes.push(value);
  }
  return { note: notes.join('\n\n'), tags: [...new Set(tags)] };
}

function readCreator(raw: unknown): string | undefined {
  const first = asArray(raw)[0];
  if (typeof first === 'string') return first;
  if (isObject(first)) return str(first.name) ?? str(first.nickname) ?? idOf(first);
  return undefined;
}

function readDate(raw: JsonObject, key: 'created' | 'modified'): string | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DateTime.safeParse(value).success)
    throw new Rejection(`${key} is not an ISO 8601 date-time with a time zone`);
  return value;
}

function convert(raw: unknown, index: number, bundle: LoadedBundle, now: string): ParsedItem {
  if (!isObject(raw)) throw new Rejection('is not a JSON object');
  if (!typesOf(raw).includes('Annotation')) throw new Rejection('its type is not "Annotation"');
  const warnings: string[] = [];
  let id = idOf(raw);
  if (!id) {
    // Same content, same id: importing the file again is then recognised as a duplicate.
    id = 'urn:sha256:' + createHash('sha256').update(canonicalJson(raw)).digest('hex');
    warnings.push(`had no id; given ${id}`);
  }
  const targets = asArray(raw.target);
  if (!targets.length) throw new Rejection('has no target');
  const target = targets.map(readTarget).find((t) => t !== null);
  if (!target) throw new Rejection('no target has a source and a TextQuoteSelector, so there is no text to attach it to');
  if (targets.length > 1) warnings.push(`has ${targets.length} targets; only the first with a quote was used`);
  const { note, tags } = readBodies(raw, warnings);
  const created = readDate(raw, 'created') ?? now;
  const modified = readDate(raw, 'modified') ?? created;
  const creator = readCreator(raw.creator);
  const quote = { type: 'TextQuoteSelector' as const, exact: target.exact, prefix: target.prefix, suffix: target.suffix };

  const bundleId = bundle.manifest.id;
  const ours = parseDocumentIri(target.source);
  let documentId: string;
  let position = ours?.bundleId === bundleId ? target.position : undefined;
  if (ours?.bundleId === bundleId && bundle.documents.some((d) => d.id === ours.documentId)) {
    documentId = ours.documentId;
  } else {
    // Another tool's page, another bundle, or a document this version no longer has: find the quote in the bundle.
    const byUrl = bundle.documents.filter((d) => d.sourceUrl && sameUrl(d.sourceUrl, target.source)).map((d) => d.id);
    const matches = findQuoteInBundle(bundle, quote, byUrl.length ? byUrl : undefined);
    const [top, second] = matches;
    if (!top || (second && second.anchor.score === top.anchor.score)) {
      if (ours?.bundleId === bundleId) {
        documentId = ours.documentId; // our own annotation on a document since removed: kept, shown as orphaned
      } else {
        const reason = top
          ? `its quote occurs in ${matches.length} places (${matches.map((m) => m.documentId).join(', ')}) with nothing to tell them apart`
          : unplacedReason(bundle, target.exact);
        return { index, outcome: 'unplaced', id, quote: target.exact, source: target.source, reason };
      }
    } else {
      documentId = top.documentId;
      position = { start: top.anchor.start, end: top.anchor.end };
      if (!ours || ours.bundleId !== bundleId)
        warnings.push(`target ${target.source} is not in this bundle; attached to its quote in "${documentId}"`);
      else warnings.push(`document "${ours.documentId}" is not in this version of the bundle; attached to its quote in "${documentId}"`);
    }
  }
  const candidate = {
    id,
    bundleId,
    documentId,
    quote,
    ...(position ? { position: { type: 'TextPositionSelector', ...position } } : {}),
    colour: colourFrom(target.styleClass),
    note,
    tags,
    created,
    modified,
    ...(creator ? { creator } : {}),
  };
  const parsed = Annotation.safeParse(candidate);
  if (!parsed.success) throw new Rejection(parsed.error.issues.map((i) => `${i.path.join('.') || 'annotation'}: ${i.message}`).join('; '));
  return { index, outcome: 'annotation', annotation: parsed.data, warnings };
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

/** Reads every item of a W3C annotation file (ours or another tool's); one bad item never stops the rest. */
export function readAnnotationFile(json: unknown, bundle: LoadedBundle, now: Date = new Date()): ParsedFile {
  const warnings: string[] = [];
  const raw = extractItems(json, warnings);
  const stamp = now.toISOString();
  const items = raw.map((item, index): ParsedItem => {
    try {
      return convert(item, index, bundle, stamp);
    } catch (err) {
      if (err instanceof Rejection) return { index, outcome: 'rejected', reason: err.message };
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
): { annotations: Annotation[]; rejected: { index: number; reason: string }[] } {
  const { items } = readAnnotationFile(json, bundle);
  const annotations: Annotation[] = [];
  const rejected: { index: number; reason: string }[] = [];
  for (const item of items) {
    if (item.outcome === 'annotation') annotations.push(item.annotation);
    else rejected.push({ index: item.index, reason: item.outcome === 'unplaced' ? `orphaned: ${item.reason}` : item.reason });
  }
  return { annotations, rejected };
}
