import type { BlockRole, DraftDateline, DraftDocument, ImportDraft } from '../../shared/model/import-draft';
import type { Contact } from '../../shared/model/bundle';

/**
 * Every correction the structure editor makes, as a pure function of the draft: the editor's reducer
 * applies them, and a value the user set is marked certain (confidence 1) with "set by you" as evidence.
 */
export type DraftEdit =
  | { type: 'title'; value: string }
  | { type: 'headline' | 'subhead'; documentId: string; value: string }
  | { type: 'dateline'; documentId: string; value: DraftDateline | null }
  | { type: 'language'; documentId: string; value: string }
  | { type: 'blockRole'; blockId: string; role: BlockRole }
  | { type: 'addQuote'; documentId: string; text: string }
  | { type: 'removeQuote'; quoteId: string }
  | { type: 'speaker'; quoteId: string; speakerId: string | null }
  | { type: 'addPerson'; name: string; role: string; organisation: string; quoteId?: string }
  | { type: 'contacts'; value: ImportDraft['contacts'] };

const USER = { where: 'set by you', text: '' };

/** A slug from free text, unique among `taken`: "Lei Jun" → "lei-jun", then "lei-jun-2". */
export function uniqueSlug(text: string, taken: Iterable<string>, fallback: string): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  const used = new Set(taken);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const mapDocument = (draft: ImportDraft, id: string, change: (d: DraftDocument) => DraftDocument): ImportDraft => ({
  ...draft,
  documents: draft.documents.map((d) => (d.id === id ? change(d) : d)),
});

/** A text field set to "" clears it. */
function textField(value: string) {
  const trimmed = value.trim();
  return trimmed ? { value: trimmed, confidence: 1, evidence: { ...USER, text: trimmed.slice(0, 1000) } } : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function applyEdit(draft: ImportDraft, edit: DraftEdit): ImportDraft {
  switch (edit.type) {
    case 'title':
      return edit.value.trim() ? { ...draft, title: edit.value } : draft;
    case 'headline':
    case 'subhead':
      return mapDocument(draft, edit.documentId, (d) => withoutUndefined({ ...d, [edit.type]: textField(edit.value) }));
    case 'dateline':
      return mapDocument(draft, edit.documentId, (d) =>
        withoutUndefined({
          ...d,
          dateline: edit.value ? { value: edit.value, confidence: 1, evidence: { ...USER, text: edit.value.text } } : undefined,
        }),
      );
    case 'language':
      return mapDocument(draft, edit.documentId, (d) => ({ ...d, language: { value: edit.value, confidence: 1, evidence: USER } }));
    case 'blockRole':
      return {
        ...draft,
        documents: draft.documents.map((d) => ({
          ...d,
          blocks: d.blocks.map((b) => (b.id === edit.blockId ? withoutUndefined({ ...b, role: edit.role, reason: undefined }) : b)),
        })),
      };
    case 'addQuote': {
      const id = uniqueSlug(
        `quote-${draft.quotes.length + 1}`,
        draft.quotes.map((q) => q.id),
        'quote',
      );
      const quote = {
        id,
        documentId: edit.documentId,
        text: edit.text,
        speakerId: null,
        confidence: 1,
        evidence: { ...USER, text: edit.text.slice(0, 1000) },
      };
      return { ...draft, quotes: [...draft.quotes, quote] };
    }
    case 'removeQuote':
      return { ...draft, quotes: draft.quotes.filter((q) => q.id !== edit.quoteId) };
    case 'speaker':
      return {
        ...draft,
        quotes: draft.quotes.map((q) => (q.id === edit.quoteId ? { ...q, speakerId: edit.speakerId, confidence: 1 } : q)),
      };
    case 'addPerson':
      return addPerson(draft, edit);
    case 'contacts':
      return { ...draft, contacts: edit.value };
  }
}

function addPerson(draft: ImportDraft, edit: Extract<DraftEdit, { type: 'addPerson' }>): ImportDraft {
  const name = edit.name.trim();
  if (!name) return draft;
  let organisations = draft.organisations;
  let organisationId: string | undefined;
  const orgName = edit.organisation.trim();
  if (orgName) {
    const existing = organisations.find((o) => o.name.toLowerCase() === orgName.toLowerCase());
    organisationId =
      existing?.id ??
      uniqueSlug(
        orgName,
        organisations.map((o) => o.id),
        'organisation',
      );
    if (!existing) organisations = [...organisations, { id: organisationId, name: orgName, kind: 'company' }];
  }
  const id = uniqueSlug(
    name,
    draft.people.map((p) => p.id),
    'person',
  );
  const person = withoutUndefined({ id, name, role: edit.role.trim() || undefined, organisationId });
  const next = { ...draft, organisations, people: [...draft.people, person] };
  return edit.quoteId ? applyEdit(next, { type: 'speaker', quoteId: edit.quoteId, speakerId: id }) : next;
}

/** A contact as the form edits it (every field a string; empty ones are left out when saved). */
export function cleanContact(contact: Contact & { confidence: number }): ImportDraft['contacts'][number] {
  return withoutUndefined({
    ...contact,
    role: contact.role?.trim() || undefined,
    email: contact.email?.trim() || undefined,
    phone: contact.phone?.trim() || undefined,
    url: contact.url?.trim() || undefined,
  });
}
