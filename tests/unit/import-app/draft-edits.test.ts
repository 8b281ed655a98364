import { describe, expect, it } from 'vitest';
import { ImportDraft } from '../../../src/shared/model/import-draft';
import { applyEdit, uniqueSlug } from '../../../src/renderer/import/draft-edits';
import { sampleDraft } from './draft-fixture';

/** Every edit must leave a draft the host accepts: checked against the real schema after each one. */
const valid = (draft: unknown) => ImportDraft.parse(draft);

describe('structure editor edits', () => {
  it('change a quote’s speaker, or create one with a new organisation', () => {
    let draft = applyEdit(sampleDraft(), { type: 'speaker', quoteId: 'q1', speakerId: 'rina-wijaya' });
    expect(valid(draft).quotes[0]).toMatchObject({ speakerId: 'rina-wijaya', confidence: 1 });
    draft = applyEdit(draft, { type: 'addPerson', name: 'Lei Jun', role: 'CEO', organisation: 'Xiaomi', quoteId: 'q1' });
    expect(valid(draft).people.at(-1)).toEqual({ id: 'lei-jun', name: 'Lei Jun', role: 'CEO', organisationId: 'xiaomi' });
    expect(draft.organisations.map((o) => o.id)).toEqual(['acme', 'xiaomi']);
    expect(draft.quotes[0]!.speakerId).toBe('lei-jun');
    // An organisation typed again (any case) is the same one.
    draft = applyEdit(draft, { type: 'addPerson', name: 'Lei Jun', role: '', organisation: 'xiaomi' });
    expect(valid(draft).people.at(-1)).toEqual({ id: 'lei-jun-2', name: 'Lei Jun', organisationId: 'xiaomi' });
  });

  it('set and clear headline, subhead and dateline; a dateline may have a place and no date', () => {
    let draft = applyEdit(sampleDraft(), { type: 'headline', documentId: 'release', value: '  ' });
    expect(valid(draft).documents[0]!.headline).toBeUndefined();
    draft = applyEdit(draft, { type: 'subhead', documentId: 'release', value: 'A lab' });
    expect(draft.documents[0]!.subhead).toMatchObject({ value: 'A lab', confidence: 1 });
    draft = applyEdit(draft, { type: 'dateline', documentId: 'release', value: { text: 'BANDUNG', place: 'Bandung' } });
    expect(valid(draft).documents[0]!.dateline!.value).toEqual({ text: 'BANDUNG', place: 'Bandung' });
    draft = applyEdit(draft, { type: 'dateline', documentId: 'release', value: null });
    expect(valid(draft).documents[0]!.dateline).toBeUndefined();
  });

  it('mark a selection as a quote, remove a quote, and move blocks between roles', () => {
    let draft = applyEdit(sampleDraft(), { type: 'addQuote', documentId: 'release', text: 'glad to be here' });
    expect(valid(draft).quotes.at(-1)).toMatchObject({ text: 'glad to be here', speakerId: null });
    draft = applyEdit(draft, { type: 'removeQuote', quoteId: 'q1' });
    expect(draft.quotes).toHaveLength(1);
    draft = applyEdit(draft, { type: 'blockRole', blockId: 'd1-b3', role: 'body' });
    expect(valid(draft).documents[0]!.blocks[2]).not.toHaveProperty('reason');
    draft = applyEdit(draft, { type: 'blockRole', blockId: 'd1-b2', role: 'about' });
    expect(draft.documents[0]!.blocks[1]!.role).toBe('about');
    draft = applyEdit(draft, { type: 'language', documentId: 'release', value: 'id' });
    expect(valid(draft).documents[0]!.language).toMatchObject({ value: 'id', confidence: 1 });
  });

  it('make slugs the schema accepts from any name', () => {
    expect(uniqueSlug('Ängela Müller-Lüdenscheidt', [], 'x')).toBe('angela-muller-ludenscheidt');
    expect(uniqueSlug('雷军', [], 'person')).toBe('person');
    expect(uniqueSlug('Lei', ['lei', 'lei-2'], 'x')).toBe('lei-3');
  });
});
