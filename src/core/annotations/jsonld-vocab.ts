import type { JsonObject } from './jsonld-export';

/**
 * Reading JSON-LD the way other tools write it. The same annotation may come compacted with the W3C
 * context ("target"), with the 2013 Open Annotation context ("hasTarget"), prefixed ("oa:hasTarget"),
 * expanded (full IRIs as keys, values as {"@value": …} or {"@id": …}) or with no context at all; we
 * read all of them by name rather than running a JSON-LD processor, which would need the network.
 */

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const OA = 'http://www.w3.org/ns/oa#';
const PREFIXES: Record<string, string> = {
  oa: OA,
  as: 'https://www.w3.org/ns/activitystreams#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  cnt: 'http://www.w3.org/2011/content#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'http://schema.org/',
};

/** "oa:TextQuoteSelector", "http://www.w3.org/ns/oa#TextQuoteSelector", "TextQuoteSelector" → "TextQuoteSelector". */
export function localName(term: string): string {
  const t = term.trim();
  const hash = Math.max(t.lastIndexOf('#'), t.lastIndexOf('/'));
  if (/^https?:\/\//.test(t) && hash >= 0) return t.slice(hash + 1);
  const colon = t.indexOf(':');
  return colon > 0 && PREFIXES[t.slice(0, colon)] !== undefined ? t.slice(colon + 1) : t;
}

/** Other names of a W3C term: Open Annotation (2013) names and the RDF properties behind both. */
const ALIASES: Record<string, string[]> = {
  id: ['@id'],
  type: ['@type'],
  target: ['hasTarget', 'oa:hasTarget', `${OA}hasTarget`],
  body: ['hasBody', 'oa:hasBody', `${OA}hasBody`],
  bodyValue: ['oa:bodyValue', `${OA}bodyValue`],
  source: ['hasSource', 'oa:hasSource', `${OA}hasSource`],
  selector: ['hasSelector', 'oa:hasSelector', `${OA}hasSelector`],
  refinedBy: ['oa:refinedBy', `${OA}refinedBy`],
  startSelector: ['hasStartSelector', 'oa:hasStartSelector', `${OA}hasStartSelector`],
  endSelector: ['hasEndSelector', 'oa:hasEndSelector', `${OA}hasEndSelector`],
  exact: ['oa:exact', `${OA}exact`],
  prefix: ['oa:prefix', `${OA}prefix`],
  suffix: ['oa:suffix', `${OA}suffix`],
  start: ['oa:start', `${OA}start`],
  end: ['oa:end', `${OA}end`],
  value: ['rdf:value', `${PREFIXES.rdf}value`, 'chars', 'cnt:chars', `${PREFIXES.cnt}chars`],
  purpose: ['hasPurpose', 'oa:hasPurpose', `${OA}hasPurpose`],
  motivation: ['motivatedBy', 'oa:motivatedBy', `${OA}motivatedBy`],
  styleClass: ['oa:styleClass', `${OA}styleClass`],
  created: ['dcterms:created', `${PREFIXES.dcterms}created`, 'annotatedAt', 'oa:annotatedAt', `${OA}annotatedAt`],
  modified: ['dcterms:modified', `${PREFIXES.dcterms}modified`, 'updated'],
  creator: ['dcterms:creator', `${PREFIXES.dcterms}creator`, 'annotatedBy', 'oa:annotatedBy', `${OA}annotatedBy`],
  name: ['foaf:name', `${PREFIXES.foaf}name`, 'schema:name'],
  nickname: ['foaf:nick', `${PREFIXES.foaf}nick`, 'nick'],
  items: ['as:items', `${PREFIXES.as}items`, 'orderedItems'],
  first: ['as:first', `${PREFIXES.as}first`],
  next: ['as:next', `${PREFIXES.as}next`],
};

/** The value of a term under whichever of its names the file uses. */
export function prop(o: JsonObject, term: string): unknown {
  if (o[term] !== undefined) return o[term];
  for (const alias of ALIASES[term] ?? []) if (o[alias] !== undefined) return o[alias];
  return undefined;
}

/** A string, also as expanded JSON-LD writes it: {"@value": "…"} or a one-element array of either. */
export function text(v: unknown): string | undefined {
  const one = single(v);
  if (typeof one === 'string') return one;
  if (isObject(one) && typeof one['@value'] === 'string') return one['@value'];
  return undefined;
}

/** How many one-element arrays deep a value may be wrapped (expanded JSON-LD uses one; more is noise). */
const MAX_WRAPPING = 4;

/** The value inside one-element arrays, a few levels at most; undefined for a longer array or deeper nesting. */
function single(v: unknown): unknown {
  let value = v;
  for (let depth = 0; Array.isArray(value); depth++) {
    if (value.length !== 1 || depth === MAX_WRAPPING) return undefined;
    value = value[0];
  }
  return value;
}

/** A number, also as {"@value": 12} or {"@value": "12"} (typed literals in expanded JSON-LD). */
export function integer(v: unknown): number | undefined {
  const raw = Array.isArray(v) && v.length === 1 ? v[0] : v;
  const value = isObject(raw) ? raw['@value'] : raw;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** An IRI given as a string or as a node reference {"@id": …} / {"id": …}. */
export function iri(v: unknown): string | undefined {
  const one = single(v);
  if (typeof one === 'string') return one;
  return isObject(one) ? idOf(one) : undefined;
}

export const idOf = (o: JsonObject): string | undefined => text(prop(o, 'id'));

/** The object's types by local name: "oa:Annotation" and ["Annotation", "Highlight"] both include "Annotation". */
export const typesOf = (o: JsonObject): string[] =>
  asArray(prop(o, 'type'))
    .map((t) => (typeof t === 'string' ? t : isObject(t) ? idOf(t) : undefined))
    .filter((t): t is string => typeof t === 'string')
    .map(localName);

/** Vocabulary values such as a purpose or motivation ("oa:tagging", a full IRI, "tagging") by local name. */
export const termsOf = (v: unknown): string[] =>
  asArray(v)
    .map((t) => text(t) ?? iri(t))
    .filter((t): t is string => typeof t === 'string')
    .map(localName);

/** An item that cannot be imported; its message is the reason the report gives. */
export class Rejection extends Error {}
