import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../src/shared/model/timeline';
import { findDateExpressions, type FindDateOptions } from '../../../src/shared/timeline/date-expressions';

const DATELINE = { year: 2022, month: 5, day: 23 };

/** The one date expression in `text`: its verbatim words and what they were read as. */
function only(text: string, options: FindDateOptions = {}) {
  const found = findDateExpressions(text, { reference: DATELINE, ...options });
  expect(found, `${text} → ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0]!;
}

describe('English date expressions', () => {
  const cases: [string, string, FuzzyDate][] = [
    ['Wetzlar, 23 May 2022. Xiaomi and Leica', '23 May 2022', { year: 2022, month: 5, day: 23 }],
    ['NEW YORK, May 23, 2022 /PRNewswire/ --', 'May 23, 2022', { year: 2022, month: 5, day: 23 }],
    ['on Monday, 6 February 2023 the', 'Monday, 6 February 2023', { year: 2023, month: 2, day: 6 }],
    ['listed on 9th July 2018 (1810.HK)', '9th July 2018', { year: 2018, month: 7, day: 9 }],
    ['filed 2023-03-01 with the SEC', '2023-03-01', { year: 2023, month: 3, day: 1 }],
    ['was founded in April 2010 and', 'April 2010', { year: 2010, month: 4 }],
    ['ranked no. 3 globally in the fourth quarter of 2021.', 'the fourth quarter of 2021', { year: 2021, quarter: 4 }],
    ['revenue in Q4 2021 rose', 'Q4 2021', { year: 2021, quarter: 4 }],
    ['expected in 3Q 2024 at the latest', '3Q 2024', { year: 2024, quarter: 3 }],
    ['Founded in 2010, Xiaomi', '2010', { year: 2010 }],
    ['close by the end of 2023, subject to', 'by the end of 2023', { year: 2023, qualifier: 'by' }],
    ['completed by May 2022.', 'by May 2022', { year: 2022, month: 5, qualifier: 'by' }],
    ['built around 1925 in Wetzlar', 'around 1925', { year: 1925, qualifier: 'circa' }],
    ['not before 2020.', 'before 2020', { year: 2020, qualifier: 'before' }],
    ['ships in the second half of 2023', 'the second half of 2023', { year: 2023 }],
  ];
  it.each(cases)('%s → "%s"', (text, words, date) => {
    const e = only(text, { language: 'en' });
    expect(e.text).toBe(words);
    expect(e.date).toEqual(date);
    expect(text.slice(e.start, e.end)).toBe(words);
  });

  it('marks what starts and what ends something, and reads ranges', () => {
    expect(only('We have worked with them since 2019.').role).toBe('start');
    expect(only('The offer runs until June.').role).toBe('end');
    const range = only('The agreement ran from 2019 to 2022.');
    expect(range).toMatchObject({ text: 'from 2019 to 2022', date: { year: 2019 }, until: { year: 2022 } });
    expect(only('between 2016 and 2018 sales doubled').until).toEqual({ year: 2018 });
    expect(only('in the years 2016–2021').until).toEqual({ year: 2021 });
  });
});

describe('Indonesian date expressions', () => {
  const cases: [string, string, FuzzyDate][] = [
    ['Tanggal 23 Mei 2022 ini, Xiaomi dan Leica Camera', 'Tanggal 23 Mei 2022 ini', { year: 2022, month: 5, day: 23 }],
    ['yang akan dirilis bulan Juli tahun 2022 ini.', 'bulan Juli tahun 2022 ini', { year: 2022, month: 7 }],
    ['Leica pernah bekerjasama dengan Huawei dari tahun 2016 dan', 'dari tahun 2016', { year: 2016 }],
    ['dengan Sharp tahun 2021 dalam pengembangan', 'tahun 2021', { year: 2021 }],
    ['Jakarta, Jumat (12/5/2023) - PT Maju', 'Jumat (12/5/2023)', { year: 2023, month: 5, day: 12 }],
    ['laba kuartal III 2023 naik', 'kuartal III 2023', { year: 2023, quarter: 3 }],
    ['pada triwulan keempat tahun 2021 turun', 'triwulan keempat tahun 2021', { year: 2021, quarter: 4 }],
    ['diumumkan paling lambat September 2023.', 'paling lambat September 2023', { year: 2023, month: 9, qualifier: 'by' }],
    ['mencatatkan saham pada 8 Januari 2018 di', '8 Januari 2018', { year: 2018, month: 1, day: 8 }],
    ['didirikan sekitar tahun 1993', 'sekitar tahun 1993', { year: 1993, qualifier: 'circa' }],
  ];
  it.each(cases)('%s → "%s"', (text, words, date) => {
    const e = only(text, { language: 'id' });
    expect(e.text).toBe(words);
    expect(e.date).toEqual(date);
  });

  it('reads "dari … hingga …" as a range and "sejak" as a start', () => {
    expect(only('berlangsung dari tahun 2015 hingga 2020.', { language: 'id' })).toMatchObject({
      date: { year: 2015 },
      until: { year: 2020 },
    });
    expect(only('sudah dirintis sejak tahun 2020', { language: 'id' }).role).toBe('start');
  });
});

describe('relative dates, resolved against the dateline', () => {
  it('reads "July this year", "bulan Juli tahun ini" and a bare "in July" in the dateline’s year', () => {
    expect(only('will be launched in July this year.').date).toEqual({ year: 2022, month: 7 });
    expect(only('dirilis bulan Juli tahun ini', { language: 'id' }).date).toEqual({ year: 2022, month: 7 });
    expect(only('A new era of mobile imaging begins in July').date).toEqual({ year: 2022, month: 7 });
    expect(only('will be launched in July this year.', { reference: { year: 2019, month: 1, day: 10 } }).date).toEqual({
      year: 2019,
      month: 7,
    });
  });

  it('counts years, months and days from the dateline', () => {
    expect(only('Since its establishment 12 years ago, Xiaomi').date).toEqual({ year: 2010, qualifier: 'circa' });
    expect(only('berdiri sekitar 30 tahun yang lalu', { language: 'id' }).date).toEqual({ year: 1992, qualifier: 'circa' });
    expect(only('sales rose last year').date).toEqual({ year: 2021 });
    expect(only('pada triwulan keempat tahun lalu', { language: 'id' }).date).toEqual({ year: 2021, quarter: 4 });
    expect(only('It is an honour to announce the cooperation with Xiaomi today.').date).toEqual({ year: 2022, month: 5, day: 23 });
    expect(only('diumumkan kemarin', { language: 'id' }).date).toEqual({ year: 2022, month: 5, day: 22 });
    expect(only('Rapat digelar Rabu (10/8) di Jakarta', { language: 'id' }).date).toEqual({ year: 2022, month: 8, day: 10 });
  });

  it('looks back after "since" and ahead after "until" or "mendatang"', () => {
    expect(only('Since August, the firm has hired').date).toEqual({ year: 2021, month: 8 });
    expect(only('Since March, the firm has hired').date).toEqual({ year: 2022, month: 3 });
    expect(only('valid until January').date).toEqual({ year: 2023, month: 1 });
    expect(only('tersedia Maret mendatang', { language: 'id' }).date).toEqual({ year: 2023, month: 3 });
    expect(only('Last July it opened an office').date).toEqual({ year: 2021, month: 7 });
    expect(only('next May we open').date).toEqual({ year: 2023, month: 5 });
    expect(only('last May we opened').date).toEqual({ year: 2021, month: 5 });
    expect(only('kata Direktur Utama pada 30 Agustus lalu', { language: 'id' })).toMatchObject({
      text: '30 Agustus lalu',
      date: { year: 2021, month: 8, day: 30 },
    });
    expect(only('pada 10 Mei lalu', { language: 'id' }).date).toEqual({ year: 2022, month: 5, day: 10 });
    expect(only('The deal closes in Q3.').date).toEqual({ year: 2022, quarter: 3 });
    expect(only('Between January and March 2024, revenue grew')).toMatchObject({
      date: { year: 2024, month: 1 },
      until: { year: 2024, month: 3 },
    });
  });

  it('reads a completed action as "by" the dateline’s month', () => {
    const e = only('menandai kerjasama selama 5 tahun antara Huawei Leica telah selesai.', { language: 'id' });
    expect(e).toMatchObject({ text: 'telah selesai', date: { year: 2022, month: 5, qualifier: 'by' }, role: 'end', basis: 'completion' });
    expect(only('The earlier partnership has ended.').date).toEqual({ year: 2022, month: 5, qualifier: 'by' });
  });

  it('reads no relative date at all without a dateline, rather than guess', () => {
    for (const text of ['launched in July this year', 'dirilis bulan Juli tahun ini', '12 years ago', 'today', 'has ended', 'tahun lalu'])
      expect(findDateExpressions(text, { reference: null }), text).toEqual([]);
  });
});

describe('what is not a date', () => {
  it.each([
    ['up 84 places compared to 2020', 'en'],
    ['higher than in 2020', 'en'],
    ['naik 9 persen dibandingkan dengan 2021', 'id'],
    ['employs more than 2,000 people in 14 countries', 'en'],
    ['listed as 1810.HK on the Main Board', 'en'],
    ['For over 100 years, Leica Camera has been creating', 'en'],
    ['kerjasama selama 5 tahun antara Huawei', 'id'],
    ['pangsa pasar no.3 di dunia saat ini', 'id'],
    ['dalam beberapa tahun terakhir', 'id'],
    ['you may 2 things', 'en'],
    ['fiscal Q3 2023 was flat', 'en'],
    ['a model 2024X with 1.500 karyawan', 'id'],
  ] as const)('%s', (text, language) => {
    expect(findDateExpressions(text, { reference: DATELINE, language })).toEqual([]);
  });
});

describe('cost', () => {
  it('reads long runs of spaces, digits and brackets in linear time (a bounded lookbehind, not a rescan per position)', () => {
    const started = performance.now();
    for (const text of [' '.repeat(50_000) + 'in 2020', '1'.repeat(50_000), '('.repeat(50_000), 'in '.repeat(20_000) + 'May 2020'])
      findDateExpressions(text, { reference: DATELINE });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('numeric dates by the document’s language', () => {
  it('reads day first in German, French, Spanish and Indonesian, and says an English one is ambiguous', () => {
    expect(only('am 05.03.2016 unterzeichnet', { language: 'de' }).date).toEqual({ year: 2016, month: 3, day: 5 });
    expect(only('signé le 05/03/2016', { language: 'fr' }).date).toEqual({ year: 2016, month: 3, day: 5 });
    const en = only('the form dated 03/05/2016', { language: 'en' });
    expect(en).toMatchObject({ date: { year: 2016 }, ambiguous: true });
    expect(only('filed on 13/05/2016', { language: 'en' }).date).toEqual({ year: 2016, month: 5, day: 13 });
  });
});
