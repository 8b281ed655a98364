import type { Evidence, ImportDraft } from '../../shared/model/import-draft';

interface Item {
  field: string;
  document?: string;
  value: unknown;
  confidence: number;
  evidence?: Evidence;
}

/**
 * The detection report `presskit import --json` prints: each detected item with its value,
 * confidence and evidence (the source line or element), each block dropped as furniture with its
 * reason, the About sections, and every note (encoding, pages without text, fields left out).
 */
export function detectionReport(draft: ImportDraft, run: { input: string; output: string; notes: string[] }) {
  const items: Item[] = [];
  const push = (
    field: string,
    found: { value: unknown; confidence: number; evidence?: Evidence | undefined } | undefined,
    document?: string,
  ) => {
    if (found)
      items.push({
        field,
        ...(document ? { document } : {}),
        value: found.value,
        confidence: found.confidence,
        ...(found.evidence ? { evidence: found.evidence } : {}),
      });
  };
  push('date', draft.date);
  push('embargo', draft.embargo);
  for (const d of draft.documents) {
    push('language', d.language, d.id);
    push('headline', d.headline, d.id);
    push('subhead', d.subhead, d.id);
    push('dateline', d.dateline, d.id);
  }
  const people = new Map(draft.people.map((p) => [p.id, p]));
  for (const q of draft.quotes) {
    const speaker = q.speakerId ? people.get(q.speakerId) : undefined;
    push('quote', { value: { text: q.text, speaker: speaker ?? null }, confidence: q.confidence, evidence: q.evidence }, q.documentId);
  }
  for (const c of draft.contacts) {
    const { confidence, evidence, ...contact } = c;
    push('contact', { value: contact, confidence, evidence });
  }
  const blocks = draft.documents.flatMap((d) => d.blocks.map((b) => ({ document: d.id, ...b })));
  return {
    input: run.input,
    output: run.output,
    formats: [...new Set(draft.documents.map((d) => d.format))],
    items,
    people: draft.people,
    organisations: draft.organisations,
    assets: draft.assets,
    about: blocks.filter((b) => b.role === 'about').map((b) => ({ document: b.document, where: b.where, text: b.text })),
    furniture: blocks
      .filter((b) => b.role === 'furniture')
      .map((b) => ({ document: b.document, where: b.where, reason: b.reason ?? 'furniture', text: b.text })),
    notes: [...draft.notes, ...run.notes],
  };
}
