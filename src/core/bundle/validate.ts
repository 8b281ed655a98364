import type { z } from 'zod';
import { containedIn } from './contained';
import { describeIssue } from './schema-words';
import type { Problem } from '../../shared/errors';
import type { BundleManifest } from '../../shared/model/bundle';
import type { LoadedDocument } from '../../shared/model/document';

const MANIFEST = 'presskit.json';

/** zod issues to problems with JSON pointers into presskit.json. */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file: MANIFEST,
    pointer: issue.path.length ? '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : '',
    message: describeIssue(issue),
  }));
}

/**
 * Checks what a schema cannot: ids unique and referenced ids present, quoted text verbatim in its
 * document, comment metadata matching the comments. Returns every problem, not just the first.
 */
export function crossCheck(manifest: BundleManifest, documents: ReadonlyMap<string, LoadedDocument>): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string, message: string) => problems.push({ file: MANIFEST, pointer, message });

  const unique = (items: readonly { id: string }[], list: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) at(`/${list}/${i}/id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const docIds = unique(manifest.documents, 'documents');
  const personIds = unique(manifest.people, 'people');
  const orgIds = unique(manifest.organisations, 'organisations');
  unique(manifest.quotes, 'quotes');
  unique(manifest.facts, 'facts');
  const laneIds = unique(manifest.timeline.lanes, 'timeline/lanes');
  unique(manifest.timeline.events, 'timeline/events');

  const knownOrg = (id: string | undefined, pointer: string) => {
    if (id !== undefined && !orgIds.has(id)) at(pointer, `unknown organisation "${id}"`);
  };
  // Text that must occur in a document, checked for all of them at once per document (see contained.ts).
  // `slot` keeps the problem's place among the others, as if it had been checked there.
  const occurrences: { documentId: string; needle: string; problem: Problem; slot: number }[] = [];
  const mustOccur = (documentId: string, needle: string, pointer: string, message: string) =>
    occurrences.push({ documentId, needle, problem: { file: MANIFEST, pointer, message }, slot: problems.length });
  const knownDocument = (documentId: string, pointer: string): boolean => {
    if (docIds.has(documentId)) return documents.has(documentId);
    at(pointer, `unknown document "${documentId}"`);
    return false;
  };

  if (manifest.issuerId !== undefined) knownOrg(manifest.issuerId, '/issuerId');
  manifest.documents.forEach((doc, i) => {
    if (!manifest.languages.includes(doc.language))
      at(`/documents/${i}/language`, `language "${doc.language}" is not listed in /languages`);
    const loaded = documents.get(doc.id);
    if (!loaded) return;
    for (const key of ['headline', 'subhead'] as const) {
      const value = doc[key];
      if (value !== undefined) mustOccur(doc.id, value, `/documents/${i}/${key}`, `does not occur in ${doc.file}`);
    }
    if (doc.dateline)
      mustOccur(doc.id, doc.dateline.text, `/documents/${i}/dateline/text`, `"${doc.dateline.text}" does not occur in ${doc.file}`);
    if (doc.comments) {
      const paragraphs = loaded.blocks.filter((b) => b.kind === 'paragraph').length;
      if (doc.comments.length !== paragraphs)
        at(`/documents/${i}/comments`, `lists ${doc.comments.length} comments but ${doc.file} has ${paragraphs} paragraphs`);
    }
  });
  manifest.people.forEach((p, i) => knownOrg(p.organisationId, `/people/${i}/organisationId`));
  manifest.contacts.forEach((c, i) => knownOrg(c.organisationId, `/contacts/${i}/organisationId`));
  manifest.quotes.forEach((q, i) => {
    if (!personIds.has(q.speakerId)) at(`/quotes/${i}/speakerId`, `unknown person "${q.speakerId}"`);
    if (knownDocument(q.documentId, `/quotes/${i}/documentId`))
      mustOccur(q.documentId, q.text, `/quotes/${i}/text`, `does not occur verbatim in document "${q.documentId}"`);
  });
  manifest.facts.forEach((f, i) => {
    const { documentId, quote } = f.source;
    if (knownDocument(documentId, `/facts/${i}/source/documentId`))
      mustOccur(documentId, quote.exact, `/facts/${i}/source/quote/exact`, `does not occur in document "${documentId}"`);
  });
  manifest.timeline.lanes.forEach((lane, i) =>
    lane.organisationIds.forEach((o, j) => knownOrg(o, `/timeline/lanes/${i}/organisationIds/${j}`)),
  );
  manifest.timeline.events.forEach((e, i) => {
    if (!laneIds.has(e.laneId)) at(`/timeline/events/${i}/laneId`, `unknown lane "${e.laneId}"`);
    if (e.kind === 'point' && e.end !== undefined) at(`/timeline/events/${i}/end`, 'a point event has no end; use kind "span"');
    if (e.source) {
      const { documentId, quote } = e.source;
      if (knownDocument(documentId, `/timeline/events/${i}/source/documentId`))
        mustOccur(documentId, quote.exact, `/timeline/events/${i}/source/quote/exact`, `does not occur in document "${documentId}"`);
    }
  });
  return withMissing(problems, occurrences, documents);
}

/** The problems with those of the text that does not occur put in their places. */
function withMissing(
  problems: readonly Problem[],
  occurrences: readonly { documentId: string; needle: string; problem: Problem; slot: number }[],
  documents: ReadonlyMap<string, LoadedDocument>,
): Problem[] {
  const byDocument = new Map<string, (typeof occurrences)[number][]>();
  for (const o of occurrences) {
    const list = byDocument.get(o.documentId);
    if (list) list.push(o);
    else byDocument.set(o.documentId, [o]);
  }
  const missing: (typeof occurrences)[number][] = [];
  for (const [documentId, checks] of byDocument) {
    const found = containedIn(
      documents.get(documentId)!.text,
      checks.map((c) => c.needle),
    );
    checks.forEach((c, k) => {
      if (!found[k]) missing.push(c);
    });
  }
  missing.sort((a, b) => a.slot - b.slot);
  const merged: Problem[] = [];
  let m = 0;
  problems.forEach((problem, j) => {
    while (m < missing.length && missing[m]!.slot === j) merged.push(missing[m++]!.problem);
    merged.push(problem);
  });
  while (m < missing.length) merged.push(missing[m++]!.problem);
  return merged;
}
