import type { z } from 'zod';
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
  const textOf = (documentId: string, pointer: string): string | undefined => {
    if (!docIds.has(documentId)) {
      at(pointer, `unknown document "${documentId}"`);
      return undefined;
    }
    return documents.get(documentId)?.text;
  };

  if (manifest.issuerId !== undefined) knownOrg(manifest.issuerId, '/issuerId');
  manifest.documents.forEach((doc, i) => {
    if (!manifest.languages.includes(doc.language))
      at(`/documents/${i}/language`, `language "${doc.language}" is not listed in /languages`);
    const loaded = documents.get(doc.id);
    if (!loaded) return;
    for (const key of ['headline', 'subhead'] as const) {
      const value = doc[key];
      if (value !== undefined && !loaded.text.includes(value)) at(`/documents/${i}/${key}`, `does not occur in ${doc.file}`);
    }
    if (doc.dateline && !loaded.text.includes(doc.dateline.text))
      at(`/documents/${i}/dateline/text`, `"${doc.dateline.text}" does not occur in ${doc.file}`);
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
    const text = textOf(q.documentId, `/quotes/${i}/documentId`);
    if (text !== undefined && !text.includes(q.text)) at(`/quotes/${i}/text`, `does not occur verbatim in document "${q.documentId}"`);
  });
  manifest.facts.forEach((f, i) => {
    const text = textOf(f.source.documentId, `/facts/${i}/source/documentId`);
    if (text !== undefined && !text.includes(f.source.quote.exact))
      at(`/facts/${i}/source/quote/exact`, `does not occur in document "${f.source.documentId}"`);
  });
  manifest.timeline.lanes.forEach((lane, i) =>
    lane.organisationIds.forEach((o, j) => knownOrg(o, `/timeline/lanes/${i}/organisationIds/${j}`)),
  );
  manifest.timeline.events.forEach((e, i) => {
    if (!laneIds.has(e.laneId)) at(`/timeline/events/${i}/laneId`, `unknown lane "${e.laneId}"`);
    if (e.kind === 'point' && e.end !== undefined) at(`/timeline/events/${i}/end`, 'a point event has no end; use kind "span"');
    if (e.source) {
      const text = textOf(e.source.documentId, `/timeline/events/${i}/source/documentId`);
      if (text !== undefined && !text.includes(e.source.quote.exact))
        at(`/timeline/events/${i}/source/quote/exact`, `does not occur in document "${e.source.documentId}"`);
    }
  });
  return problems;
}
