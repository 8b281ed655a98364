import type { Catalogue } from './en';

/** Bahasa Indonesia interface strings: the same keys as en (the type checks it). */
export const id: Catalogue = {
  app: { title: 'Penampil Press Kit', loading: 'Membuka bundel…', builtIn: 'Bundel bawaan' },
  error: { title: 'Bundel ini tidak dapat dibuka', problems: 'Masalah yang ditemukan', retryBuiltIn: 'Buka bundel bawaan' },
  reader: {
    documents: 'Dokumen',
    language: { en: 'Inggris', id: 'Indonesia' },
    languageBadge: 'Bahasa: {{language}}',
    dateline: 'Baris tanggal',
    saidBy: '— {{name}}',
    anonymous: 'Pembaca anonim',
    undated: 'tanggal tidak disebutkan',
    comment: 'Komentar {{n}}',
    quoteFrom: 'Kutipan dari {{name}}',
    kind: {
      release: 'Siaran pers',
      article: 'Artikel',
      boilerplate: 'Tentang',
      comments: 'Komentar pembaca',
      factsheet: 'Lembar fakta',
      contacts: 'Kontak',
      backgrounder: 'Latar belakang',
      statement: 'Pernyataan',
      other: 'Dokumen',
    },
    embargo: 'Embargo hingga {{date}}',
  },
};
