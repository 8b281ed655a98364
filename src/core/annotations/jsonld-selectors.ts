import type { JsonObject } from './jsonld-export';
import { asArray, idOf, integer, iri, isObject, prop, text, typesOf } from './jsonld-vocab';

/** A W3C TextQuoteSelector's text. */
export interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** What a target picks out of its source's text: a quote, or a range from one quote up to another. */
export type Selection = { kind: 'quote'; quote: Quote } | { kind: 'range'; start: Quote; end: Quote };

export interface TargetInfo {
  /** Absent when the target names no source: the quote is then searched in the whole bundle. */
  source?: string;
  selection: Selection;
  /** A top-level TextPositionSelector: only a hint, used when the source is one of our documents. */
  position?: { start: number; end: number };
  styleClass?: string;
}

/** The selection, why the selectors cannot be placed in plain text, or null when there is no selector. */
type Read = Selection | string | null;

function quoteOf(sel: JsonObject): Quote | undefined {
  const exact = text(prop(sel, 'exact'));
  if (!exact) return undefined;
  const quote: Quote = { exact };
  const prefix = text(prop(sel, 'prefix'));
  const suffix = text(prop(sel, 'suffix'));
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return quote;
}

function positionOf(sel: JsonObject): { start: number; end: number } | undefined {
  const start = integer(prop(sel, 'start'));
  const end = integer(prop(sel, 'end'));
  return start !== undefined && end !== undefined && start >= 0 && end > start ? { start, end } : undefined;
}

const describe = (sel: JsonObject) => typesOf(sel).join('/') || 'untyped selector';

/** A quote narrowed by a refinement of it: a quote inside it, or character offsets within it. */
function refineQuote(outer: Quote, ref: JsonObject): Quote | string {
  const types = typesOf(ref);
  const before = outer.prefix ?? '';
  const after = outer.suffix ?? '';
  const cut = (start: number, end: number): Quote => {
    const q: Quote = { exact: outer.exact.slice(start, end) };
    if (before + outer.exact.slice(0, start)) q.prefix = before + outer.exact.slice(0, start);
    if (outer.exact.slice(end) + after) q.suffix = outer.exact.slice(end) + after;
    return q;
  };
  if (types.includes('TextPositionSelector')) {
    const p = positionOf(ref);
    if (!p || p.end > outer.exact.length) return `a TextPositionSelector refining "${outer.exact}" lies outside it`;
    return cut(p.start, p.end);
  }
  const inner = types.includes('TextQuoteSelector') ? quoteOf(ref) : undefined;
  if (!inner) return `a ${describe(ref)} refining a TextQuoteSelector cannot be applied to plain text`;
  // Every place the inner quote occurs within the outer one whose own context agrees; exactly one must remain.
  const places: number[] = [];
  for (let i = outer.exact.indexOf(inner.exact); i !== -1; i = outer.exact.indexOf(inner.exact, i + 1)) {
    const q = cut(i, i + inner.exact.length);
    if ((q.prefix ?? '').endsWith(inner.prefix ?? '') && (q.suffix ?? '').startsWith(inner.suffix ?? '')) places.push(i);
  }
  if (places.length === 1) return cut(places[0]!, places[0]! + inner.exact.length);
  return places.length
    ? `the refining quote "${inner.exact}" occurs ${places.length} times within "${outer.exact}" with nothing to tell them apart`
    : `the refining quote "${inner.exact}" is not within the quote it refines, "${outer.exact}"`;
}

/** What one selector (with its refinements) picks out of the text. */
function selectionOf(sel: JsonObject, depth = 0): Read {
  if (depth > 8) return 'selectors are refined more than 8 levels deep';
  const types = typesOf(sel);
  const refinements = asArray(prop(sel, 'refinedBy')).filter(isObject);
  if (types.includes('TextQuoteSelector')) {
    let quote: Quote | string | undefined = quoteOf(sel);
    if (!quote) return 'a TextQuoteSelector has no exact text';
    for (const ref of refinements) quote = typeof quote === 'string' ? quote : refineQuote(quote, ref);
    return typeof quote === 'string' ? quote : { kind: 'quote', quote };
  }
  if (types.includes('RangeSelector')) {
    const start = asArray(prop(sel, 'startSelector')).find(isObject);
    const end = asArray(prop(sel, 'endSelector')).find(isObject);
    if (!start || !end) return 'a RangeSelector lacks its startSelector or endSelector';
    const [from, to] = [selectionOf(start, depth + 1), selectionOf(end, depth + 1)];
    if (refinements.length) return 'a refined RangeSelector cannot be applied to plain text';
    if (typeof from === 'object' && from?.kind === 'quote' && typeof to === 'object' && to?.kind === 'quote')
      return { kind: 'range', start: from.quote, end: to.quote };
    return `a RangeSelector from a ${describe(start)} to a ${describe(end)}: only text quotes can be placed in plain text`;
  }
  // A Fragment, CSS or XPath selector names a part of the page we do not have; a quote refining it still
  // finds the text (positions within that part do not, so they are not used).
  let found: Read = null;
  for (const ref of refinements) {
    const r = selectionOf(ref, depth + 1);
    if (typeof r === 'object' && r !== null) return r;
    found ??= r;
  }
  return found ?? (types.includes('TextPositionSelector') ? null : `a ${describe(sel)} without a text quote`);
}

/** The alternatives a target lists are the same text described differently: a quote is preferred, then a range. */
function readSelectors(selectors: JsonObject[]): Read {
  const reads = selectors.map((s) => selectionOf(s));
  const selections = reads.filter((r): r is Selection => typeof r === 'object' && r !== null);
  const problems = reads.filter((r): r is string => typeof r === 'string');
  return selections.find((s) => s.kind === 'quote') ?? selections[0] ?? (problems.length ? problems.join('; ') : null);
}

/** Targets, with the members of a Choice, Composite, List or Independents target taken as targets. */
export function targetsOf(raw: unknown, depth = 0): unknown[] {
  return asArray(raw).flatMap((t) =>
    isObject(t) && depth < 4 && ['Choice', 'Composite', 'List', 'Independents'].some((k) => typesOf(t).includes(k))
      ? targetsOf(prop(t, 'items'), depth + 1)
      : [t],
  );
}

/** A target's source, what it selects, and its position and style hints; or why it cannot be placed. */
export function readTarget(raw: unknown): TargetInfo | string {
  if (!isObject(raw)) return 'the target is a whole resource (an IRI), not a passage of text';
  const selectors = asArray(prop(raw, 'selector')).filter(isObject);
  const srcRaw = prop(raw, 'source');
  const source = iri(srcRaw) ?? (isObject(srcRaw) ? undefined : selectors.length ? idOf(raw) : undefined);
  const read = readSelectors(selectors);
  if (read === null)
    return selectors.length ? 'its selectors say nothing about the text' : 'the target has no selector, so it names no passage of text';
  if (typeof read === 'string') return read;
  const info: TargetInfo = { selection: read };
  if (source) info.source = source;
  const position = selectors.find((s) => typesOf(s).includes('TextPositionSelector') && prop(s, 'refinedBy') === undefined);
  const p = position && positionOf(position);
  if (p) info.position = p;
  const styleClass = asArray(prop(raw, 'styleClass'))
    .map(text)
    .find((c): c is string => typeof c === 'string');
  if (styleClass) info.styleClass = styleClass;
  return info;
}
