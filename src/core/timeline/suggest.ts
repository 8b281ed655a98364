import type { BundleManifest } from '../../shared/model/bundle';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { textLanguageOf } from '../../shared/timeline/date-languages';
import { findDateExpressions, referenceFromIso, type DateExpression, type ReferenceDate } from '../../shared/timeline/date-expressions';
import { fuzzyDateInterval, precisionOf, utcTime } from '../../shared/timeline/format-date';
import { isForwardLooking } from '../../shared/timeline/planned';
import type { TimelineSuggestion } from '../../shared/timeline/types';
import { selectorsFor } from '../annotations/anchor-all';
import { clauseAround, excerptAround, labelWindow } from './excerpt';
import { isFurniture, isInByline } from './furniture';
import { sentenceLabel, suggestLabel } from './labels';
import { findMentions, guessLane } from './lane-guess';
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

/** After a dateline's date comes the wire service and a dash: "March 14, 2023 /PRNewswire/ --", "Jumat (12/5/2023) -". */
const AFTER_DATELINE = /^\s*(?:\/[^/\n]{1,40}\/)?\s*(?:--|—|–|-)\s/u;

/** Is this date the document's dateline (the place and date a release opens with)? `printed`: where the dateline stands. */
function isDateline(doc: LoadedDocument, printed: number, sentence: Sentence, date: { start: number; end: number }): boolean {
  if (printed >= 0 && date.start >= printed && date.end <= printed + doc.dateline!.text.length) return true;
  return date.start - sentence.start <= 60 && AFTER_DATELINE.test(doc.text.slice(date.end, date.end + 48));
}

/** How many words a short sentence has besides its dates (only asked of short ones, so it stays cheap). */
const wordsOutside = (sentence: Sentence, spans: readonly DateExpression[]) => {
  if (sentence.text.length > 200) return Infinity;
  let rest = sentence.text;
  for (const s of [...spans].reverse()) rest = rest.slice(0, s.start - sentence.start) + ' ' + rest.slice(s.end - sentence.start);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
};

/** Is this date after the day the text was written (then it can only be a plan)? */
function afterReference(d: DateExpression, reference: ReferenceDate | null): boolean {
  if (!reference || d.basis === 'completion') return false;
  return fuzzyDateInterval(d.date).from > utcTime(reference.year, reference.month - 1, reference.day, 23, 59, 59);
}

/** The next sentence that says something, for a date standing alone on its line. */
function nextStatement(sentences: Sentence[], i: number): Sentence | undefined {
  for (let k = i + 1; k < Math.min(sentences.length, i + 4); k++) if (!isFurniture(sentences[k]!.text)) return sentences[k];
  return undefined;
}

/** Suggestions from one document, in text order. */
export function suggestFromDocument(manifest: BundleManifest, doc: LoadedDocument): TimelineSuggestion[] {
  const reference = referenceDateOf(manifest, doc);
  const language = textLanguageOf(doc.language);
  const sentences = splitSentences(doc);
  const mentions = findMentions(manifest, doc.text);
  const printedDateline = doc.dateline ? doc.text.indexOf(doc.dateline.text) : -1;
  const out: TimelineSuggestion[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (isFurniture(sentence.text)) continue;
    const dates = findDateExpressions(sentence.text, { reference, language }).map((e) => ({
      ...e,
      start: e.start + sentence.start,
      end: e.end + sentence.start,
    }));
    if (!dates.length) continue;
    // A date alone ("Wetzlar, 23 May 2022.", "March 3, 2023" on its own line) dates the statement after it.
    const alone = wordsOutside(sentence, dates) < 3;
    const next = alone ? nextStatement(sentences, i) : undefined;
    const source = next && next.blockIndex - sentence.blockIndex <= 1 ? { ...sentence, end: next.end } : sentence;
    dates.forEach((d, k) => {
      if (isInByline(sentence.text, d.start - sentence.start) && d.basis === 'absolute') return;
      const excerpt = excerptAround(doc.text, source, d);
      const { quote, position } = selectorsFor(doc, excerpt.start, excerpt.end);
      const window = labelWindow(doc.text, sentence, dates, k);
      const dateline = !alone && isDateline(doc, printedDateline, sentence, d);
      let label: string;
      if (alone) label = doc.headline ?? (next ? sentenceLabel(next.text) : '');
      else if (dateline) label = doc.headline ?? doc.title;
      else label = suggestLabel(window.text, window.dates, window.index);
      if (!label) label = doc.headline ?? doc.title;
      const s: TimelineSuggestion = {
        id: `${doc.id}-${d.start}-${d.end}`,
        date: d.date,
        precision: precisionOf(d.date),
        basis: d.basis,
        label,
        language: doc.language,
        documentId: doc.id,
        sentence: quote.exact,
        dateText: d.text,
        datePosition: { start: d.start, end: d.end },
        quote,
        position,
      };
      if (d.until) s.end = d.until;
      if (d.role) s.role = d.role;
      if (d.ambiguous) s.ambiguous = true;
      if (!alone && !dateline && (afterReference(d, reference) || isForwardLooking(clauseAround(doc.text, sentence, d), language)))
        s.planned = true;
      const laneId = guessLane(manifest, mentions, alone && next ? next : sentence, d);
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
