import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../src/shared/timeline/typed-date';

describe('dates typed into the event editor', () => {
  it.each([
    ['4 July 2022', 'en', { date: { year: 2022, month: 7, day: 4 } }],
    ['Juli 2022', 'id', { date: { year: 2022, month: 7 } }],
    ['Q3 2022', 'en', { date: { year: 2022, quarter: 3 } }],
    ['kuartal III 2022', 'id', { date: { year: 2022, quarter: 3 } }],
    ['2016–2022', 'en', { date: { year: 2016 }, until: { year: 2022 } }],
    ['since 2016', 'en', { date: { year: 2016 } }],
    ['sejak 2016', 'id', { date: { year: 2016 } }],
    ['by May 2022', 'en', { date: { year: 2022, month: 5, qualifier: 'by' } }],
    ['2021-Q4', 'id', { date: { year: 2021, quarter: 4 } }],
    ['2016', 'en', { date: { year: 2016 } }],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(parseTypedDate(text, lang)).toEqual(expected);
  });

  it('refuses what is not one date', () => {
    expect(parseTypedDate('soon', 'en')).toBeNull();
    expect(parseTypedDate('July', 'en')).toBeNull();
    expect(parseTypedDate('2016 and 2017', 'en')).toBeNull();
  });
});
