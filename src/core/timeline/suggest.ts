import type { BundleManifest } from '../../shared/model/bundle';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { findDateExpressions, referenceFromIso, type DateExpression, type ReferenceDate } from '../../shared/timeline/date-expressions';
import { dateLanguageOf, precisionOf } from '../../shared/timeline/format-date';
import type { TimelineSuggestion } from '../../shared/timeline/types';
import { selectorsFor } from '../annotations/anchor-all';
import { suggestLabel } from './labels';
import { splitSentences, type Sentence } from './sentences';

/**
 * The day a document was written, which relative dates count from: its dateline, else (except for
 * reader comments, which have their own dates) the bundle's release date. Null: relative dates are skipped.
 */
export function referenceDateOf(manifest: BundleManifest, doc: LoadedDocument): ReferenceDate | null {
  // A dateline may name only a place: then the bundle's date, as if there were no dateline.
  if (doc.dateline?.date) return referenceFromIso(doc.dateline.date);
  if (doc.kind === 'comments' || !manifest.date) return null;
  return referenceFromIso(manifest.date);
}

const STOP_NAME_WORDS = new Set(['the', 'pt', 'cv', 'bank', 'group', 'grupo', 'company', 'perum', 'persero']);

/** The words an organisation is mentioned by: its full name and its first distinctive word ("Leica"). */
function organisationNames(org: BundleManifest['organisations'][number]): string[] {
  const first = org.name.split(/\s+/).find((w) => w.length >= 3 && !STOP_NAME_WORDS.has(w.toLowerCase()));
  return [org.name, ...(first ? [first] : [])];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lane a dated sentence belongs to, from the organisations it names: every organisation of the lane
 * must be named; a lane that accounts for more of them wins (a partnership over one partner's
 * milestones), then the one whose organisations are named nearest the date ("Leica … Huawei dari tahun
 * 2016 dan Sharp tahun 2021": 2016 goes to Huawei, 2021 to Sharp).
 */
function guessLane(manifest: BundleManifest, sentence: Sentence, date: { start: number; end: number }): string | undefined {
  const distance = new Map<string, number>();
  for (const org of manifest.organisations) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${organisationNames(org).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of sentence.text.matchAll(re)) {
      const at = sentence.start + m.index;
      const d = at < date.start ? date.start - (at + m[0].length) : at - date.end;
      distance.set(org.id, Math.min(distance.get(org.id) ?? Infinity, Math.max(0, d)));
    }
  }
  let best: { id: string; named: number; near: number } | undefined;
  for (const lane of manifest.timeline.lanes) {
    if (!lane.organisationIds.length || !lane.organisationIds.every((o) => distance.has(o))) continue;
    const named = lane.organisationIds.length;
    const near = lane.organisationIds.reduce((s, o) => s + distance.get(o)!, 0);
    if (!best || named > best.named || (named === best.named && near < best.near)) best = { id: lane.id, named, near };
  }
  return best?.id;
}

/** After a dateline's date comes the wire service and a dash: "March 14, 2023 /PRNewswire/ --", "Jumat (12/5/2023) -". */
const AFTER_DATELINE = /^\s*(?:\/[^/\n]{1,40}\/)?\s*(?:--|—|–|-)\s/u;

/** Is this date the document's dateline (the place and date a release opens with)? */
function isDateline(doc: LoadedDocument, sentence: Sentence, date: { start: number; end: number }): boolean {
  const printed = doc.dateline ? doc.text.indexOf(doc.dateline.text) : -1;
  if (printed >= 0 && date.start >= printed && date.end <= printed + doc.dateline!.text.length) return true;
  return date.start - sentence.start <= 60 && AFTER_DATELINE.test(doc.text.slice(date.end, date.end + 48));
}

const wordsOutside = (text: string, spans: readonly DateExpression[], offset: number) => {
  let rest = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start - offset) + ' ' + rest.slice(s.end - offset);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
};

/** Suggestions from one document, in text order. */
export function suggestFromDocument(manifest: BundleManifest, doc: LoadedDocument): TimelineSuggestion[] {
  const reference = referenceDateOf(manifest, doc);
  const language = dateLanguageOf(doc.language);
  const sentences = splitSentences(doc);
  const out: TimelineSuggestion[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const dates = findDateExpressions(sentence.text, { reference, language }).map((e) => ({
      ...e,
      start: e.start + sentence.start,
      end: e.end + sentence.start,
    }));
    if (!dates.length) continue;
    // A dateline alone ("Wetzlar, 23 May 2022.") dates the sentence after it; the label is the headline.
    let source = sentence;
    let label: string | undefined;
    const next = sentences[i + 1];
    if (wordsOutside(sentence.text, dates, sentence.start) < 3 && next && next.blockIndex === sentence.blockIndex) {
      source = { ...sentence, end: next.end, text: doc.text.slice(sentence.start, next.end) };
      label = doc.headline ?? suggestLabel(next.text, [], 0);
    }
    const inSentence = dates.map((d) => ({ start: d.start - sentence.start, end: d.end - sentence.start, keep: d.basis === 'completion' }));
    dates.forEach((d, k) => {
      const { quote, position } = selectorsFor(doc, source.start, source.end);
      const s: TimelineSuggestion = {
        id: `${doc.id}-${d.start}-${d.end}`,
        date: d.date,
        precision: precisionOf(d.date),
        basis: d.basis,
        label: label ?? (isDateline(doc, sentence, d) ? (doc.headline ?? doc.title) : suggestLabel(sentence.text, inSentence, k)),
        language: doc.language,
        documentId: doc.id,
        sentence: source.text,
        dateText: d.text,
        datePosition: { start: d.start, end: d.end },
        quote,
        position,
      };
      if (d.until) s.end = d.until;
      if (d.role) s.role = d.role;
      const laneId = guessLane(manifest, sentence, d);
      if (laneId) s.laneId = laneId;
      out.push(s);
    });
  }
  return out;
}

/** Every dated statement in the bundle's documents, offered as candidate timeline events. */
export function suggestTimelineEvents(bundle: LoadedBundle): TimelineSuggestion[] {
  return bundle.documents.flatMap((doc) => suggestFromDocument(bundle.manifest, doc));
}
