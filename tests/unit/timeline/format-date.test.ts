import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../src/shared/model/timeline';
import { parseFuzzyDate } from '../../../src/shared/timeline/date-expressions';
import { formatEventDates, formatFuzzyDate, formatSpanEnd, fuzzyDateInterval, precisionOf } from '../../../src/shared/timeline/format-date';
import { compareFuzzyDates, fuzzyDateKey, isRealDate, parseFuzzyDateKey } from '../../../src/shared/timeline/fuzzy-date';

describe('formatting a date at the precision the source gives', () => {
  const cases: [FuzzyDate, string, string, string][] = [
    [{ year: 2016 }, 'year', '2016', '2016'],
    [{ year: 2021, quarter: 4 }, 'quarter', 'Q4 2021', 'Kuartal IV 2021'],
    [{ year: 2021, quarter: 1 }, 'quarter', 'Q1 2021', 'Kuartal I 2021'],
    [{ year: 2022, month: 7 }, 'month', 'July 2022', 'Juli 2022'],
    [{ year: 2022, month: 5, day: 23 }, 'day', '23 May 2022', '23 Mei 2022'],
    [{ year: 2022, month: 5, qualifier: 'by' }, 'month', 'by May 2022', 'paling lambat Mei 2022'],
    [{ year: 2010, qualifier: 'circa' }, 'year', 'c. 2010', 'sekitar 2010'],
    [{ year: 2020, qualifier: 'before' }, 'year', 'before 2020', 'sebelum 2020'],
    [{ year: 2018, month: 8, qualifier: 'after' }, 'month', 'after August 2018', 'setelah Agustus 2018'],
  ];
  it.each(cases)('%j is a %s: "%s" / "%s"', (date, precision, en, id) => {
    expect(precisionOf(date)).toBe(precision);
    expect(formatFuzzyDate(date, 'en')).toBe(en);
    expect(formatFuzzyDate(date, 'id')).toBe(id);
  });

  it('never invents a day or a month: a bare year is not "1 January"', () => {
    for (const lang of ['en', 'id'] as const) {
      expect(formatFuzzyDate({ year: 2016 }, lang)).not.toMatch(/January|Januari|\b1\b/);
      expect(formatFuzzyDate({ year: 2022, month: 7 }, lang)).not.toMatch(/^\d+ /);
    }
  });

  it('formats open and unknown ends, and whole events', () => {
    expect(formatSpanEnd('present', 'en')).toBe('present');
    expect(formatSpanEnd('present', 'id')).toBe('sekarang');
    expect(formatSpanEnd('unknown', 'en')).toBe('ended (date unknown)');
    expect(formatSpanEnd('unknown', 'id')).toBe('berakhir (tanggal tidak diketahui)');
    expect(formatEventDates({ kind: 'span', start: { year: 2016 }, end: { year: 2022, month: 5, qualifier: 'by' } }, 'en')).toBe(
      '2016 – by May 2022',
    );
    expect(formatEventDates({ kind: 'span', start: { year: 2022, month: 5, day: 23 }, end: 'present' }, 'id')).toBe(
      '23 Mei 2022 – sekarang',
    );
    expect(formatEventDates({ kind: 'point', start: { year: 2021, quarter: 4 } }, 'en')).toBe('Q4 2021');
  });

  it('gives the interval a date covers, including years before 100 (no 1900 offset)', () => {
    const year = fuzzyDateInterval({ year: 2016 });
    expect(new Date(year.from).toISOString()).toBe('2016-01-01T00:00:00.000Z');
    expect(new Date(year.to).toISOString()).toBe('2016-12-31T23:59:59.999Z');
    const quarter = fuzzyDateInterval({ year: 2021, quarter: 4 });
    expect(new Date(quarter.from).toISOString()).toBe('2021-10-01T00:00:00.000Z');
    expect(new Date(quarter.to).toISOString()).toBe('2021-12-31T23:59:59.999Z');
    expect(new Date(fuzzyDateInterval({ year: 50 }).from).getUTCFullYear()).toBe(50);
    expect(compareFuzzyDates({ year: 2021 }, { year: 2021, quarter: 4 })).toBeLessThan(0);
    expect(compareFuzzyDates({ year: 2021, month: 10, day: 1 }, { year: 2021, quarter: 4 })).toBeLessThan(0);
  });
});

const fuzzyDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    precision: fc.constantFrom('year', 'quarter', 'month', 'day'),
    quarter: fc.integer({ min: 1, max: 4 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    qualifier: fc.constantFrom(undefined, 'by', 'before', 'after', 'circa'),
  })
  .map(({ year, precision, quarter, month, day, qualifier }) => {
    const d: FuzzyDate = { year };
    if (precision === 'quarter') d.quarter = quarter;
    if (precision === 'month' || precision === 'day') d.month = month;
    if (precision === 'day') d.day = day;
    if (qualifier) d.qualifier = qualifier as FuzzyDate['qualifier'];
    return d;
  });

describe('reading formatted dates back', () => {
  it('parses what it formats, in English and Indonesian, at the same precision (property)', () => {
    fc.assert(
      fc.property(fuzzyDate, fc.constantFrom('en' as const, 'id' as const), (d, lang) => {
        expect(parseFuzzyDate(formatFuzzyDate(d, lang), { language: lang })).toEqual(d);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips the machine form used in CSV (property), and rejects impossible days', () => {
    fc.assert(
      fc.property(fuzzyDate, (d) => {
        expect(parseFuzzyDateKey(fuzzyDateKey(d))).toEqual(d);
      }),
    );
    expect(fuzzyDateKey({ year: 2021, quarter: 4 })).toBe('2021-Q4');
    expect(fuzzyDateKey({ year: 2022, month: 5, qualifier: 'by' })).toBe('by 2022-05');
    expect(parseFuzzyDateKey('2023-02-29')).toBeNull();
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 2022, month: 6, day: 31 })).toBe(false);
  });

  it('reads a date typed on its own and refuses anything else', () => {
    expect(parseFuzzyDate('2016')).toEqual({ year: 2016 });
    expect(parseFuzzyDate('fourth quarter of 2021')).toEqual({ year: 2021, quarter: 4 });
    expect(parseFuzzyDate('Kuartal IV 2021')).toEqual({ year: 2021, quarter: 4 });
    expect(parseFuzzyDate('23 Mei 2022')).toEqual({ year: 2022, month: 5, day: 23 });
    expect(parseFuzzyDate('July this year', { reference: { year: 2022, month: 5, day: 23 } })).toEqual({ year: 2022, month: 7 });
    expect(parseFuzzyDate('July this year')).toBeNull();
    expect(parseFuzzyDate('2016 and 2017')).toBeNull();
    expect(parseFuzzyDate('soon')).toBeNull();
    expect(parseFuzzyDate('31 June 2022')).toBeNull();
  });
});
