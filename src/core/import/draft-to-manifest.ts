import type { BundleManifestInput, DocumentEntry } from '../../shared/model/bundle';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/bundle';
import type { DraftBlock, DraftDocument, ImportDraft } from '../../shared/model/import-draft';
import { parseMarkdown } from '../../shared/text/markdown';
import { blocksToMarkdown } from './bundle-markdown';
import { importError } from './errors';
import { slugify as slugifyText } from '../../shared/text/slug';

export interface PlannedBundle {
  manifest: BundleManifestInput;
  /** Markdown files by bundle path. */
  files: Map<string, string>;
  /** What was left out and why (a quote without a speaker, a headline that is not in the text). */
  notes: string[];
}

interface WrittenDocument {
  entry: DocumentEntry;
  text: string;
  /** The draft document it came from. */
  from: string;
}

export function slugify(text: string, fallback = 'release'): string {
  return slugifyText(text, fallback);
}

/**
 * Splits a draft document by block role: body blocks make the document itself; each run of
 * 'about' blocks makes boilerplate documents, a new one at each heading ("About X", "Notes to
 * editors"); 'comments' blocks make a comments document; furniture is dropped.
 */
function splitDocument(doc: DraftDocument): { kind: DocumentEntry['kind']; id: string; title: string; blocks: DraftBlock[] }[] {
  const body = doc.blocks.filter((b) => b.role === 'body');
  const parts: { kind: DocumentEntry['kind']; id: string; title: string; blocks: DraftBlock[] }[] = [];
  if (body.some((b) => b.kind !== 'image')) parts.push({ kind: doc.kind, id: doc.id, title: doc.title, blocks: body });
  let about: DraftBlock[] | null = null;
  let count = 0;
  for (const b of doc.blocks) {
    if (b.role !== 'about') {
      about = null;
      continue;
    }
    if (!about || b.kind === 'heading') {
      about = [];
      count++;
      parts.push({
        kind: 'boilerplate',
        id: `${doc.id}-about${count > 1 ? `-${count}` : ''}`,
        title: b.kind === 'heading' ? b.text : 'About',
        blocks: about,
      });
    }
    about.push(b);
  }
  // Comments: every block is one comment paragraph (the comments list must match the paragraphs).
  const comments = doc.blocks.filter((b) => b.role === 'comments' && b.kind !== 'image').map((b) => ({ ...b, kind: 'paragraph' as const }));
  if (comments.length) parts.push({ kind: 'comments', id: `${doc.id}-comments`, title: `${doc.title} — comments`, blocks: comments });
  return parts.filter((p) => p.blocks.some((b) => b.kind !== 'image'));
}

/** A corrected draft to presskit.json and its Markdown files. Fields the text does not bear out are left out, with a note. */
export function planBundle(draft: ImportDraft, imageFiles: ReadonlySet<string>): PlannedBundle {
  const notes: string[] = [];
  const files = new Map<string, string>();
  const written: WrittenDocument[] = [];
  const usedIds = new Set<string>();
  // Only images whose bytes are written can be placed in the text (the bundle loader checks the reference).
  const placeable = new Map(draft.assets.filter((a) => imageFiles.has(a.file)).map((a) => [a.file, { caption: a.caption }]));
  for (const doc of draft.documents) {
    for (const part of splitDocument(doc)) {
      let id = part.id;
      for (let n = 2; usedIds.has(id); n++) id = `${part.id}-${n}`;
      usedIds.add(id);
      const file = `${id}.md`;
      const markdown = blocksToMarkdown(part.blocks, placeable);
      const { text, blocks } = parseMarkdown(markdown);
      files.set(file, markdown);
      const entry: DocumentEntry = { id, kind: part.kind, language: doc.language.value, title: part.title, file };
      if (part.id === doc.id) {
        const has = (value: string | undefined, what: string) => {
          if (value === undefined) return false;
          if (text.includes(value)) return true;
          notes.push(`${doc.sourceName}: the ${what} "${value.slice(0, 80)}" is not in the text and was left out`);
          return false;
        };
        if (has(doc.headline?.value, 'headline')) entry.headline = doc.headline!.value;
        if (has(doc.subhead?.value, 'subhead')) entry.subhead = doc.subhead!.value;
        const dl = doc.dateline?.value;
        if (dl && (dl.place || dl.date) && has(dl.text, 'dateline'))
          entry.dateline = { text: dl.text, ...(dl.place ? { place: dl.place } : {}), ...(dl.date ? { date: dl.date } : {}) };
        if (doc.sourceUrl) entry.sourceUrl = doc.sourceUrl;
      }
      if (part.kind === 'comments') entry.comments = blocks.filter((b) => b.kind === 'paragraph').map(() => ({ author: null, date: null }));
      written.push({ entry, text, from: doc.id });
    }
  }
  if (!written.length) throw importError(draft.sourceName, 'nothing to write: every block is page furniture');

  const quotes: BundleManifestInput['quotes'] = [];
  const personIds = new Set(draft.people.map((p) => p.id));
  for (const q of draft.quotes) {
    if (!q.speakerId || !personIds.has(q.speakerId)) {
      notes.push(`quote "${q.text.slice(0, 60)}…" has no speaker and was left out`);
      continue;
    }
    // The quote stays with the part of its document that holds it (an About section may quote too).
    const home = written.find((w) => w.from === q.documentId && w.text.includes(q.text));
    if (!home) {
      notes.push(`quote "${q.text.slice(0, 60)}…" is not in the text of "${q.documentId}" and was left out`);
      continue;
    }
    quotes.push({ id: q.id, documentId: home.entry.id, speakerId: q.speakerId, text: q.text });
  }

  const assets = draft.assets.filter((a) => {
    if (imageFiles.has(a.file)) return true;
    notes.push(`${a.file}: the image's bytes are missing; left out`);
    return false;
  });
  const orgIds = new Set(draft.organisations.map((o) => o.id));
  const manifest: BundleManifestInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: slugify(draft.title),
    title: draft.title,
    languages: [...new Set(written.map((w) => w.entry.language))],
    ...(draft.issuerId && orgIds.has(draft.issuerId) ? { issuerId: draft.issuerId } : {}),
    ...(draft.date ? { date: draft.date.value } : {}),
    ...(draft.embargo ? { embargo: draft.embargo.value } : {}),
    documents: written.map((w) => w.entry),
    people: draft.people.map((p) => ({
      ...p,
      ...(p.organisationId && !orgIds.has(p.organisationId) ? { organisationId: undefined } : {}),
    })),
    organisations: draft.organisations,
    quotes,
    assets: assets.map(({ where: _where, ...a }) => a),
    contacts: draft.contacts.map(({ confidence: _c, evidence: _e, ...c }) => ({
      ...c,
      ...(c.organisationId && !orgIds.has(c.organisationId) ? { organisationId: undefined } : {}),
    })),
  };
  return { manifest, files, notes };
}
