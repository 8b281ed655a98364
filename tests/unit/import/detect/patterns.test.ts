import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../../../src/core/import/detect';
import { ImportDraft } from '../../../../src/shared/model/import-draft';
import { sourceFromText } from './split-text';

/** Detects a short release given as paragraphs; the draft must always be valid. */
function detect(paragraphs: string[], options: { language?: string; metadata?: Record<string, string> } = {}) {
  const source = sourceFromText(paragraphs.join('\n\n'), 'release.txt', 'text', options.metadata ?? {});
  const draft = detectStructure([source], { sourceName: 'release.txt', ...(options.language ? { language: options.language } : {}) });
  ImportDraft.parse(draft);
  const doc = draft.documents.find((d) => d.kind === 'release')!;
  const speaker = (text: string) => draft.people.find((p) => p.id === draft.quotes.find((q) => q.text.includes(text))?.speakerId)?.name;
  return { draft, doc, speaker };
}

const LEAD = 'The company announced a new product for customers in the region, which will be available from next month in all stores.';

describe('datelines', () => {
  const cases: Array<[string, string, { place?: string; date?: string; text: string }]> = [
    [
      'en',
      'WETZLAR, Germany, May 23, 2022 – ',
      { place: 'WETZLAR, Germany', date: '2022-05-23', text: 'WETZLAR, Germany, May 23, 2022 –' },
    ],
    ['id', 'Jakarta, 23 Mei 2022 - ', { place: 'Jakarta', date: '2022-05-23', text: 'Jakarta, 23 Mei 2022 -' }],
    ['en', '[Wetzlar, 25th February, 2016] ', { place: 'Wetzlar', date: '2016-02-25', text: '[Wetzlar, 25th February, 2016]' }],
    ['id', 'Liputan6.com, Jakarta - ', { place: 'Jakarta', text: 'Liputan6.com, Jakarta -' }],
    ['en', 'YOKOHAMA (JAPAN) - ', { place: 'YOKOHAMA (JAPAN)', text: 'YOKOHAMA (JAPAN) -' }],
    ['de', '05.03.2016 - 15:45 - ', { date: '2016-03-05', text: '05.03.2016 - 15:45 -' }],
    ['es', 'MADRID, 5 de marzo de 2024. ', { place: 'MADRID', date: '2024-03-05', text: 'MADRID, 5 de marzo de 2024.' }],
    ['de', 'Berlin, 5. März 2024 – ', { place: 'Berlin', date: '2024-03-05', text: 'Berlin, 5. März 2024 –' }],
    ['fr', 'PARIS, le 5 mars 2024 – ', { place: 'PARIS', date: '2024-03-05', text: 'PARIS, le 5 mars 2024 –' }],
    ['id', 'JAKARTA, Senin (4/3/2024) – ', { place: 'JAKARTA', date: '2024-03-04', text: 'JAKARTA, Senin (4/3/2024) –' }],
    [
      'en',
      'SEATTLE, June 3, 2024 /PRNewswire/ -- ',
      { place: 'SEATTLE', date: '2024-06-03', text: 'SEATTLE, June 3, 2024 /PRNewswire/ --' },
    ],
    ['es', 'Sevilla, 18 de diciembre de 2023.- ', { place: 'Sevilla', date: '2023-12-18', text: 'Sevilla, 18 de diciembre de 2023.-' }],
    [
      'en',
      'TORONTO, March 5, 2024 (GLOBE NEWSWIRE) -- ',
      { place: 'TORONTO', date: '2024-03-05', text: 'TORONTO, March 5, 2024 (GLOBE NEWSWIRE) --' },
    ],
    ['en', 'SAN FRANCISCO--(BUSINESS WIRE)--', { place: 'SAN FRANCISCO', text: 'SAN FRANCISCO--(BUSINESS WIRE)--' }],
    ['en', 'Amsterdam, 5 maart 2024 – ', { place: 'Amsterdam', date: '2024-03-05', text: 'Amsterdam, 5 maart 2024 –' }],
  ];
  for (const [language, prefix, want] of cases) {
    it(`reads "${prefix.trim()}"`, () => {
      const { doc } = detect(['Company presents its new product line today', `${prefix}${LEAD}`], { language });
      expect(doc.dateline?.value).toEqual(want);
    });
  }

  it('never invents a date: a place-only dateline has no date and the release date stays unknown', () => {
    const { doc, draft } = detect(['Company presents its new product line today', `SACRAMENTO – ${LEAD}`], { language: 'en' });
    expect(doc.dateline?.value.date).toBeUndefined();
    expect(draft.date).toBeUndefined();
  });

  it('reads a numeric date by the language: 05.03.2016 is 5 March in German; 03/05/2016 in English is doubtful', () => {
    expect(
      detect(['Firma stellt heute eine neue Produktlinie vor', `Hamburg, 05.03.2016 – ${LEAD}`], { language: 'de' }).draft.date?.value,
    ).toBe('2016-03-05');
    const en = detect(['Company presents its new product line today', `Boston, 03/05/2016 – ${LEAD}`], { language: 'en' });
    expect(en.draft.date?.confidence).toBeLessThan(0.5);
    expect(en.draft.notes.join(' ')).toMatch(/uncertain/);
  });

  it('takes a date from metadata with lower confidence when the text has none', () => {
    const { draft } = detect(['Company presents its new product line today', LEAD], {
      language: 'en',
      metadata: { date: '2024-03-05T09:00:00+01:00' },
    });
    expect(draft.date).toMatchObject({ value: '2024-03-05', confidence: 0.6 });
  });

  it('takes a closing "Originally published on" date when there is no dateline', () => {
    const { doc } = detect(['Company presents its new product line today', LEAD, 'Originally published on 5 March 2024'], {
      language: 'en',
    });
    expect(doc.dateline?.value).toEqual({ text: 'Originally published on 5 March 2024', date: '2024-03-05' });
  });
});

describe('headline, release line and embargo', () => {
  it('skips FOR IMMEDIATE RELEASE, a logo line and a date above the headline', () => {
    const { doc } = detect([
      'ACME',
      'FOR IMMEDIATE RELEASE',
      '5 March 2024',
      'Acme opens a new factory in Ohio',
      'The plant will employ 300 people',
      `CLEVELAND – ${LEAD}`,
    ]);
    expect(doc.headline?.value).toBe('Acme opens a new factory in Ohio');
    expect(doc.subhead?.value).toBe('The plant will employ 300 people');
  });

  it('reads an embargo as an ISO date-time with its time zone', () => {
    const { draft } = detect([
      'EMBARGOED UNTIL 10:00 CET, 5 March 2024',
      'Acme opens a new factory in Ohio',
      `CLEVELAND, 5 March 2024 – ${LEAD}`,
    ]);
    expect(draft.embargo?.value).toBe('2024-03-05T10:00:00+01:00');
    expect(draft.embargo?.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('quotes and speakers', () => {
  it('reads attribution after and before the quote, with role and organisation, and resolves short references', () => {
    const { draft, speaker } = detect([
      'Xiaomi and Leica announce a cooperation',
      `Wetzlar, 23 May 2022. ${LEAD}`,
      '“This cooperation will provide a strong boost to our imaging strategy,” said Lei Jun, Founder, Chairman and CEO of Xiaomi.',
      'Dr. Andreas Kaufmann, Chairman of the Supervisory Board of Leica Camera AG, said: “We are convinced that this partnership opens a new era.”',
      '“Both companies share the same ideas about mobile imaging,” Lei added.',
      '“Our engineers have worked together for two years on this,” Kaufmann said.',
    ]);
    expect(speaker('strong boost')).toBe('Lei Jun');
    expect(speaker('new era')).toBe('Andreas Kaufmann');
    expect(speaker('same ideas')).toBe('Lei Jun');
    expect(speaker('two years')).toBe('Andreas Kaufmann');
    expect(draft.people.map((p) => p.name)).toEqual(['Lei Jun', 'Andreas Kaufmann']);
    const lei = draft.people[0]!;
    expect(lei.role).toBe('Founder, Chairman and CEO');
    expect(draft.organisations.find((o) => o.id === lei.organisationId)?.name).toBe('Xiaomi');
    expect(draft.organisations.map((o) => o.name)).toContain('Leica Camera AG');
  });

  it('reads Indonesian, German, Spanish and French attributions and marks', () => {
    expect(
      detect(
        [
          'Judul rilis tentang produk baru',
          `Jakarta, 23 Mei 2022 - ${LEAD}`,
          '“Kami sangat bangga dengan kerja sama ini dan hasilnya,” kata CEO Xiaomi Lei Jun.',
        ],
        { language: 'id' },
      ).speaker('sangat bangga'),
    ).toBe('Lei Jun');
    expect(
      detect(
        [
          'Neue Produkte für die Region',
          `Berlin, 5. März 2024 – ${LEAD}`,
          '„Wir freuen uns sehr über diesen wichtigen Schritt“, sagte Maria Müller, Geschäftsführerin der X GmbH.',
        ],
        { language: 'de' },
      ).speaker('wichtigen Schritt'),
    ).toBe('Maria Müller');
    expect(
      detect(
        [
          'Nuevos productos para la región',
          `MADRID, 5 de marzo de 2024. ${LEAD}`,
          '«Es un paso muy importante para toda la compañía», dijo Juan Pérez, director general de Y.',
        ],
        { language: 'es' },
      ).speaker('paso muy importante'),
    ).toBe('Juan Pérez');
    expect(
      detect(
        [
          'Nouveaux produits pour la région',
          `PARIS, le 5 mars 2024 – ${LEAD}`,
          '« Nous sommes très fiers de ce partenariat historique », a déclaré Jean Dupont, président de Z.',
        ],
        { language: 'fr' },
      ).speaker('très fiers'),
    ).toBe('Jean Dupont');
  });

  it('follows a quote across paragraphs and keeps an unclosed quote to the end of its paragraph (lower confidence)', () => {
    const { draft, speaker } = detect([
      'Company presents its new product line today',
      `Boston, 5 March 2024 – ${LEAD}`,
      '“The first paragraph of a long statement goes on without a closing mark.',
      '“The second paragraph ends it properly,” said Jane Smith, CEO of Acme.',
      '“This last quote never closes and the paragraph simply ends',
    ]);
    expect(speaker('first paragraph')).toBe('Jane Smith');
    expect(speaker('second paragraph')).toBe('Jane Smith');
    const unclosed = draft.quotes.find((q) => q.text.includes('never closes'))!;
    expect(unclosed.text).toBe('This last quote never closes and the paragraph simply ends');
    expect(unclosed.confidence).toBeLessThanOrEqual(0.5);
  });

  it('keeps every quote verbatim in its block and ignores short scare quotes', () => {
    const { draft, doc } = detect([
      'Company presents its new product line today',
      `Boston, 5 March 2024 – ${LEAD} Its ‘red dot’ logo is famous and the company’s "design language" too.`,
      '"Straight quotes work as well as typographic ones, of course," said Tom Becker.',
      "''Doubled apostrophes are how some systems write quotes,'' said Tom Becker.",
    ]);
    expect(draft.quotes).toHaveLength(2);
    for (const q of draft.quotes) expect(doc.blocks.some((b) => b.text.includes(q.text))).toBe(true);
  });
});

describe('sections, contacts and furniture', () => {
  it('marks About sections, the end mark, contacts (also "name (at) domain (dot) com") and furniture', () => {
    const { draft, doc } = detect([
      'Share',
      'Acme opens a new factory in Ohio',
      `CLEVELAND, 5 March 2024 – ${LEAD}`,
      '###',
      'About Acme Inc.',
      'Acme Inc. makes widgets in Ohio since 1950.',
      'Media contact\nJane Doe\nHead of Press, Acme\njane.doe (at) acme (dot) com\n+1 216 555 0100',
      'Related stories',
      '© 2024 Acme Inc. All rights reserved.',
    ]);
    const role = (text: string) => doc.blocks.find((b) => b.text.startsWith(text))?.role;
    expect(role('Share')).toBe('furniture');
    expect(role('###')).toBe('furniture');
    expect(role('About Acme')).toBe('about');
    expect(role('Acme Inc. makes')).toBe('about');
    expect(role('Media contact')).toBe('about');
    expect(role('Related stories')).toBe('furniture');
    expect(role('©')).toBe('furniture');
    expect(draft.contacts).toEqual([
      expect.objectContaining({ name: 'Jane Doe', role: 'Head of Press', email: 'jane.doe@acme.com', phone: '+1 216 555 0100' }),
    ]);
    expect(draft.issuerId).toBe(draft.organisations.find((o) => o.name === 'Acme Inc.')?.id);
  });

  it('keeps unsure blocks as body text', () => {
    const { doc } = detect([
      'Acme opens a new factory in Ohio',
      `CLEVELAND – ${LEAD}`,
      'Published in 2020, the report found that most factories were too old.',
      'Share prices rose by 4 percent after the announcement.',
    ]);
    expect(doc.blocks.filter((b) => b.role !== 'body')).toEqual([]);
  });
});

describe('language', () => {
  it('detects per document, honours --lang, and checks a declared language', () => {
    const german =
      'Die Nordlicht GmbH hat heute ihr neues Rechenzentrum in Ludwigsfelde eröffnet. Die Anlage bietet Platz für viertausend Server und wird mit Strom aus Windparks der Region versorgt.';
    expect(detect(['Neues Rechenzentrum', german]).doc.language.value).toBe('de');
    expect(detect(['Neues Rechenzentrum', german], { language: 'en' }).doc.language).toMatchObject({ value: 'en', confidence: 1 });
    expect(detect(['Neues Rechenzentrum', german], { metadata: { language: 'fr' } }).doc.language.value).toBe('de');
  });

  it('tells Indonesian from Malay by its own words', () => {
    const text =
      'Perusahaan tersebut mengumumkan bahwa layanan baru akan tersedia bulan depan karena permintaan pelanggan yang terus meningkat. Pemerintah juga mendukung program ini sehingga masyarakat bisa mendapatkan akses yang lebih mudah.';
    expect(detect(['Layanan baru', text]).doc.language.value).toBe('id');
  });
});
