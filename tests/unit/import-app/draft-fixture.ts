import type { ImportDraft } from '../../../src/shared/model/import-draft';

/** A small, valid draft as the detector would produce it: one release, one quote with a wrong speaker. */
export function sampleDraft(): ImportDraft {
  return {
    draftVersion: 1,
    sessionId: 'from-detector',
    sourceName: 'release.md',
    title: 'Acme opens a lab in Bandung',
    documents: [
      {
        id: 'release',
        sourceName: 'release.md',
        format: 'markdown',
        kind: 'release',
        language: { value: 'en', confidence: 0.95 },
        title: 'Acme opens a lab in Bandung',
        headline: {
          value: 'Acme opens a lab in Bandung',
          confidence: 0.9,
          evidence: { where: 'line 1', text: '# Acme opens a lab in Bandung' },
        },
        blocks: [
          {
            id: 'd1-b1',
            kind: 'heading',
            level: 1,
            text: 'Acme opens a lab in Bandung',
            markdown: '# Acme opens a lab in Bandung',
            role: 'body',
            where: 'line 1',
          },
          {
            id: 'd1-b2',
            kind: 'paragraph',
            text: '“We are glad to be here,” said Rina Wijaya, director of Acme Indonesia.',
            markdown: '“We are glad to be here,” said Rina Wijaya, director of Acme Indonesia.',
            role: 'body',
            where: 'line 3',
          },
          {
            id: 'd1-b3',
            kind: 'paragraph',
            text: 'Share on Facebook',
            markdown: 'Share on Facebook',
            role: 'furniture',
            reason: 'share buttons',
            where: 'line 5',
          },
        ],
      },
    ],
    people: [
      { id: 'budi', name: 'Budi', role: 'spokesperson' },
      { id: 'rina-wijaya', name: 'Rina Wijaya', role: 'director', organisationId: 'acme' },
    ],
    organisations: [{ id: 'acme', name: 'Acme Indonesia', kind: 'company' }],
    quotes: [{ id: 'q1', documentId: 'release', text: 'We are glad to be here,', speakerId: 'budi', confidence: 0.4 }],
    contacts: [{ name: 'Press office', email: 'press@acme.example', confidence: 0.9 }],
    assets: [],
    notes: [],
  };
}
