import type { DraftQuote } from '../../../shared/model/import-draft';
import { attributionAfter, attributionBefore, mentionBefore, type Attribution } from './attribution';
import { lastNamedPerson, parseSpeaker } from './names';
import { orphanClose, quoteSpans, type QuoteSpan } from './quote-marks';
import type { Registry } from './registry';
import { evidence, type IdMaker, type WorkBlock } from './work';

/** Shorter quotes are terms or titles (‘red dot’, “the Leica look”), not statements. */
const MIN_QUOTE_CHARS = 25;
const MIN_QUOTE_WORDS = 4;

interface Candidate {
  block: WorkBlock;
  text: string;
  speakerId: string | null;
  confidence: number;
  evidenceText: string;
  /** The quote opens its paragraph and does not close in it: the next paragraph may go on with it. */
  runsOn: boolean;
}

function speakerFrom(
  attribution: Attribution,
  registry: Registry,
  known: ReadonlySet<string>,
  brands: ReadonlySet<string>,
  namedBefore: string | undefined,
  language: string,
): string | null {
  const parts = parseSpeaker(attribution.phrase, known, brands, { lastTwoAfterRole: language === 'id' });
  if (!parts) return null;
  if (parts.pronoun) return namedBefore ? registry.person(namedBefore).id : (registry.lastPerson()?.id ?? null);
  if (!parts.name) return null;
  if (!parts.name.includes(' ')) {
    const known = registry.resolveShort(parts.name);
    if (known) return known.id;
    // A lone family name nobody was introduced with ("dijo Pérez"): still a person.
  }
  return registry.person(parts.name, parts.role, parts.organisation).id;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Quotes of one document with their speakers. Attribution is read after the closing mark, then
 * before the opening one; a quote spanning paragraphs (each opens with a mark, only the last closes)
 * takes the speaker of its last paragraph; a paragraph-leading quote without attribution that follows
 * a quote goes on with the same speaker (lower confidence).
 */
export function detectQuotes(
  blocks: WorkBlock[],
  documentId: string,
  registry: Registry,
  ids: IdMaker,
  brands: ReadonlySet<string>,
  language: string,
): DraftQuote[] {
  const out: Candidate[] = [];
  registry.forgetLast();
  let previousWasQuote = false;
  let pending: Candidate[] = [];
  for (const block of blocks) {
    if (block.role !== 'body' || !['paragraph', 'blockquote', 'listItem'].includes(block.kind)) {
      previousWasQuote = false;
      continue;
    }
    const text = block.text;
    const known = registry.knownOrganisationNames();
    let spans: QuoteSpan[] = quoteSpans(text);
    let orphan = false;
    if (spans.length === 0) {
      const close = orphanClose(text);
      if (close > 0) {
        const end = text.slice(0, close).replace(/[\s,]+$/, '').length;
        spans = [{ start: 0, end, open: -1, after: close + 1, closed: true }];
        orphan = true;
      }
    }
    // Someone named as speaking before the first quote becomes the one pronouns refer to.
    const mention = mentionBefore(text, spans[0] && spans[0].open > 0 ? spans[0].open : text.length);
    if (mention) {
      const parts = parseSpeaker(mention, known, brands, { lastTwoAfterRole: language === 'id' });
      if (parts?.name?.includes(' ')) registry.person(parts.name, parts.role, parts.organisation);
      else if (parts?.name) registry.resolveShort(parts.name);
    }
    let found = false;
    let paragraphSpeaker: string | null = null;
    for (const [k, span] of spans.entries()) {
      const quoted = text.slice(span.start, span.end);
      const leading = span.open <= 0 || text.slice(0, span.open).trim() === '';
      const nextOpen = spans[k + 1]?.open ?? -1;
      const after = span.closed ? attributionAfter(text, span.after, nextOpen) : undefined;
      const before = !after && span.open > 0 ? attributionBefore(text, span.open) : undefined;
      const attribution = after ?? before;
      if (orphan && !after) continue;
      if (quoted.length < MIN_QUOTE_CHARS || words(quoted) < MIN_QUOTE_WORDS) continue;
      // A quote inside a sentence with no speech verb around it is a term or a title, not a statement.
      // (A second quote in a paragraph whose first one is attributed shares its speaker.)
      if (!attribution && !leading && !paragraphSpeaker) continue;
      let speakerId: string | null;
      let confidence: number;
      if (attribution) {
        // "he said" after a paragraph that names someone without a speech verb refers to them.
        const namedBefore = mention || span.open <= 0 ? undefined : lastNamedPerson(text.slice(0, span.open));
        speakerId = speakerFrom(attribution, registry, known, brands, namedBefore, language);
        confidence = speakerId ? 0.85 : 0.5;
      } else if (paragraphSpeaker) {
        speakerId = paragraphSpeaker;
        confidence = 0.75;
      } else {
        // A paragraph that opens with an unattributed quote goes on with the last speaker.
        speakerId = registry.lastPerson()?.id ?? null;
        confidence = previousWasQuote || pending.length > 0 ? 0.6 : 0.45;
      }
      if (speakerId) paragraphSpeaker = speakerId;
      if (!span.closed) confidence = Math.min(confidence, 0.5);
      if (orphan) confidence = Math.min(confidence, 0.6);
      const candidate: Candidate = {
        block,
        text: quoted,
        speakerId,
        confidence,
        evidenceText: attribution?.text ?? quoted,
        runsOn: !span.closed && leading,
      };
      // Paragraphs of one quote that ran on take the speaker found at its end.
      if (attribution && speakerId && pending.length > 0) {
        for (const p of pending) {
          p.speakerId = speakerId;
          p.confidence = Math.max(p.confidence, 0.7);
        }
        pending = [];
      }
      out.push(candidate);
      found = true;
      if (candidate.runsOn) pending.push(candidate);
      else pending = [];
    }
    if (!found) pending = [];
    previousWasQuote = found;
  }
  return out.map((c) => ({
    id: ids.make(`quote-${documentId}`),
    documentId,
    text: c.text,
    speakerId: c.speakerId,
    confidence: c.confidence,
    evidence: evidence(c.block.where, c.evidenceText),
  }));
}
